// Signs in the browser with a PKCS#12 (.p12) EDS file: the file and its password never leave the
// device; only the detached CMS signature of the page's content goes to the server. A form opts
// in with data-eds-content (the text to sign); the file and password inputs have no name, so a
// browser without this script sends neither. Needs node-forge (/assets/forge.min.js).
(function () {
  'use strict';

  function readFile(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () {
        resolve(new Uint8Array(reader.result));
      };
      reader.onerror = function () {
        reject(reader.error);
      };
      reader.readAsArrayBuffer(file);
    });
  }

  function toBinary(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i += 1) out += String.fromCharCode(bytes[i]);
    return out;
  }

  function sign(p12Bytes, password, content) {
    var p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(toBinary(p12Bytes)), password);
    var keyBags = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag];
    var certBags = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag];
    var key = keyBags && keyBags[0] && keyBags[0].key;
    if (!key) throw new Error('no key');
    // The signer's certificate is the one whose public key matches the key; the others are CAs.
    var cert = null;
    for (var i = 0; i < certBags.length; i += 1) {
      if (certBags[i].cert.publicKey.n.equals(key.n)) cert = certBags[i].cert;
    }
    if (!cert) throw new Error('no certificate');
    var p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(forge.util.encodeUtf8(content));
    p7.addCertificate(cert);
    p7.addSigner({
      key: key,
      certificate: cert,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.messageDigest },
        { type: forge.pki.oids.signingTime, value: new Date() },
      ],
    });
    p7.sign({ detached: true });
    return forge.util.encode64(forge.asn1.toDer(p7.toAsn1()).getBytes());
  }

  function showError(form, text) {
    var box = form.querySelector('[data-eds-error]');
    if (!box) return;
    box.textContent = text;
    box.hidden = false;
    var input = form.querySelector('input[type=file]');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  }

  document.querySelectorAll('form[data-eds-content]').forEach(function (form) {
    form.hidden = false;
    var fallback = document.querySelector('[data-eds-fallback]');
    if (fallback) fallback.hidden = true;
    form.addEventListener('submit', function (event) {
      var cms = form.querySelector('input[name=cms]');
      if (cms.value) return;
      event.preventDefault();
      var file = form.querySelector('input[type=file]').files[0];
      var password = form.querySelector('input[type=password]');
      if (!file) {
        showError(form, form.getAttribute('data-eds-missing'));
        return;
      }
      readFile(file)
        .then(function (bytes) {
          cms.value = sign(bytes, password.value, form.getAttribute('data-eds-content'));
          password.value = '';
          form.submit();
        })
        .catch(function () {
          showError(form, form.getAttribute('data-eds-bad-file'));
        });
    });
  });
})();
