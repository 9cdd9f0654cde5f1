// Issue 22, finding 5 (addresses only in Kazakh) for the address search: the Russian and English
// renderings derived from the registered Kazakh address (src/domain/address-rendering.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressIn, addressInEnglish, addressInRussian, russianSpelling } from '../../src/domain/address-rendering.ts';

describe('finding 2: addresses in the page’s language', () => {
  it('Russian: kinds translated and placed as in Russian, Kazakh letters spelt in Russian', () => {
    assert.equal(
      addressInRussian('Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер'),
      'г. Астана, проспект Кабанбай батыр, д. 12, кв. 4',
    );
    assert.equal(addressInRussian('Алматы қ., Сейфуллин көшесі, 67-үй'), 'г. Алматы, улица Сейфуллин, д. 67');
    assert.equal(
      addressInRussian('Түркістан обл., Сайрам ауд., Тұран даңғылы, 26-үй'),
      'Туркистан обл., Сайрам р-н, проспект Туран, д. 26',
    );
    assert.equal(
      addressInRussian('Астана қ., Есіл ауданы, Нұрлы ықшам ауданы, 3-үй'),
      'г. Астана, Есил район, микрорайон Нурлы, д. 3',
    );
    assert.equal(russianSpelling('ӘҒҚҢӨҰҮҺІ әғқңөұүһі'), 'АГКНОУУХИ агкноуухи');
  });

  it('English: kinds in English, names in Latin letters', () => {
    assert.equal(
      addressInEnglish('Астана қ., Қабанбай батыр даңғылы, 12-үй, 4-пәтер'),
      'Astana, Kabanbay batyr Avenue, house 12, flat 4',
    );
    assert.equal(
      addressInEnglish('Жамбыл обл., Шу ауд., Жібек жолы көшесі, 5-үй'),
      'Zhambyl Region, Shu District, Zhibek zholy Street, house 5',
    );
  });

  it('Kazakh pages show the address as registered', () => {
    const kk = 'Қарағанды қ., Бұқар жырау даңғылы, 1-үй';
    assert.equal(addressIn('kk', kk), kk);
    assert.equal(addressIn('ru', kk), 'г. Караганды, проспект Букар жырау, д. 1');
    assert.equal(addressIn('en', kk), 'Karagandy, Bukar zhyrau Avenue, house 1');
  });
});
