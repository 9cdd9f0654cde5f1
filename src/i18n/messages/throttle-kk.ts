// Сұраулар жиілігін шектеу мен идемпотенттік кілттер қоймасының хабарлары (issue 14).
import type { throttleEn } from './throttle-en.ts';

export const throttleKk: Record<keyof typeof throttleEn, string> = {
  'rate-limited': 'Сұраулар тым көп. {seconds} секунд күтіп, қайталаңыз.',
  'login.new-code-sent': 'Жаңа код жіберілді. Алдыңғы код енді жарамайды.',
};
