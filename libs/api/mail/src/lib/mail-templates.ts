import type { LanguageCode } from '@suunta/shared-domain';
import { dateTimeFormat } from '@suunta/shared-domain';

/** What a mail job carries; the worker renders it when it sends (so a retry renders the same mail). */
export interface MailMessage {
  kind: 'invitation' | 'password_reset' | 'test' | 'reminder_digest';
  to: string;
  language: LanguageCode;
  recipientName: string;
  organizationName: string;
  /** Absolute link (invitation, reset). */
  link?: string;
  /** ISO time the link stops working. */
  expiresAt?: string;
  /** Reminder digest: what is due, each with the link that opens its log-progress form. */
  reminders?: ReminderLine[];
  /** Reminder digest: the page where the recipient snoozes or stops the reminders (no sign-in). */
  unsubscribeLink?: string;
}

/** One line of a reminder digest. */
export interface ReminderLine {
  title: string;
  /** The focus area or plan it belongs to. */
  context: string;
  regionName: string;
  /** monthly / yearly: by the end of the month or year; meeting: before the steering group meets. */
  reason: 'monthly' | 'yearly' | 'meeting';
  /** YYYY-MM-DD: the month's or year's last day, or the meeting's day. */
  dueDate: string;
  link: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Texts {
  subject: (m: MailMessage) => string;
  body: (m: MailMessage) => string[];
  action?: string;
  expires?: (when: string) => string;
  ignore?: string;
  /** Reminder digest: how one line's due date reads; the unsubscribe/snooze line. */
  due?: (reason: ReminderLine['reason'], date: string) => string;
  logAction?: string;
  unsubscribe?: string;
}

const LOCALES: Record<LanguageCode, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** How every mail begins, by language, and how it ends (with the organization's name). */
const GREETING: Record<LanguageCode, (m: MailMessage) => string> = {
  fi: (m) => `Hei ${m.recipientName},`,
  sv: (m) => `Hej ${m.recipientName},`,
  en: (m) => `Hello ${m.recipientName},`,
};
const SIGNATURE = 'Suunta';

const TEXTS: Record<MailMessage['kind'], Record<LanguageCode, Texts>> = {
  invitation: {
    fi: {
      subject: (m) => `Kutsu Suuntaan – ${m.organizationName}`,
      body: (m) => [`sinut on kutsuttu käyttämään Suuntaa, organisaation ${m.organizationName} strategian seurantaa.`, 'Aseta salasanasi alla olevasta linkistä.'],
      action: 'Aseta salasana',
      expires: (when) => `Linkki on voimassa ${when} asti ja toimii kerran.`,
      ignore: 'Jos et odottanut tätä viestiä, voit jättää sen huomiotta.',
    },
    sv: {
      subject: (m) => `Inbjudan till Suunta – ${m.organizationName}`,
      body: (m) => [`du har bjudits in att använda Suunta, uppföljningen av strategin för ${m.organizationName}.`, 'Ange ditt lösenord via länken nedan.'],
      action: 'Ange lösenord',
      expires: (when) => `Länken gäller till ${when} och kan användas en gång.`,
      ignore: 'Om du inte väntade dig detta meddelande kan du lämna det utan åtgärd.',
    },
    en: {
      subject: (m) => `Invitation to Suunta – ${m.organizationName}`,
      body: (m) => [`you have been invited to use Suunta, the strategy tracker of ${m.organizationName}.`, 'Set your password with the link below.'],
      action: 'Set your password',
      expires: (when) => `The link is valid until ${when} and works once.`,
      ignore: 'If you did not expect this message, you can ignore it.',
    },
  },
  password_reset: {
    fi: {
      subject: (m) => `Salasanan vaihto – ${m.organizationName}`,
      body: () => ['Suuntaan pyydettiin uutta salasanaa tällä sähköpostiosoitteella. Voit asettaa uuden salasanan alla olevasta linkistä.'],
      action: 'Aseta uusi salasana',
      expires: (when) => `Linkki on voimassa ${when} asti ja toimii kerran. Vaihdon jälkeen muut kirjautumisesi päättyvät.`,
      ignore: 'Jos et pyytänyt vaihtoa, voit jättää viestin huomiotta: salasanasi ei muutu.',
    },
    sv: {
      subject: (m) => `Byte av lösenord – ${m.organizationName}`,
      body: () => ['Ett nytt lösenord till Suunta begärdes för den här e-postadressen. Du kan ange ett nytt lösenord via länken nedan.'],
      action: 'Ange nytt lösenord',
      expires: (when) => `Länken gäller till ${when} och kan användas en gång. Efter bytet avslutas dina övriga inloggningar.`,
      ignore: 'Om du inte begärde bytet kan du lämna meddelandet utan åtgärd: ditt lösenord ändras inte.',
    },
    en: {
      subject: (m) => `Password reset – ${m.organizationName}`,
      body: () => ['A new password for Suunta was requested for this e-mail address. You can set a new password with the link below.'],
      action: 'Set a new password',
      expires: (when) => `The link is valid until ${when} and works once. After the change your other sign-ins end.`,
      ignore: 'If you did not ask for this, you can ignore this message: your password stays as it is.',
    },
  },
  reminder_digest: {
    fi: {
      subject: (m) => `Muistutus: kirjaa edistyminen (${m.reminders?.length ?? 0}) – ${m.organizationName}`,
      body: () => ['näihin sinun vastuullasi oleviin kohtiin ei ole vielä kirjattu edistymistä tältä jaksolta. Kunkin kohdan linkki avaa kirjauslomakkeen valmiiksi täytettynä.'],
      due: (reason, date) => (reason === 'meeting' ? `ennen ohjausryhmän kokousta ${date}` : reason === 'monthly' ? `kuukauden loppuun ${date} mennessä` : `vuoden loppuun ${date} mennessä`),
      logAction: 'Kirjaa edistyminen',
      unsubscribe: 'Muistutukset liian usein? Voit siirtää niitä 30 päivää tai lopettaa ne tästä linkistä (ei vaadi kirjautumista):',
    },
    sv: {
      subject: (m) => `Påminnelse: logga framstegen (${m.reminders?.length ?? 0}) – ${m.organizationName}`,
      body: () => ['för de här punkterna som du ansvarar för har inga framsteg loggats för den här perioden ännu. Länken vid varje punkt öppnar loggningsformuläret ifyllt.'],
      due: (reason, date) => (reason === 'meeting' ? `före styrgruppens möte ${date}` : reason === 'monthly' ? `före månadens slut ${date}` : `före årets slut ${date}`),
      logAction: 'Logga framsteg',
      unsubscribe: 'För många påminnelser? Du kan skjuta upp dem 30 dagar eller avsluta dem via den här länken (ingen inloggning behövs):',
    },
    en: {
      subject: (m) => `Reminder: log your progress (${m.reminders?.length ?? 0}) – ${m.organizationName}`,
      body: () => ['no progress has been logged yet for this period on these items you are responsible for. The link of each item opens the log-progress form filled in.'],
      due: (reason, date) => (reason === 'meeting' ? `before the steering group meets on ${date}` : reason === 'monthly' ? `by the end of the month, ${date}` : `by the end of the year, ${date}`),
      logAction: 'Log progress',
      unsubscribe: 'Too many reminders? You can snooze them for 30 days or stop them with this link (no sign-in needed):',
    },
  },
  test: {
    fi: {
      subject: (m) => `Suunnan testiviesti – ${m.organizationName}`,
      body: () => ['Tämä on Suunnan ylläpitosivulta lähetetty testiviesti. Sähköpostin lähetys toimii.'],
    },
    sv: {
      subject: (m) => `Testmeddelande från Suunta – ${m.organizationName}`,
      body: () => ['Detta är ett testmeddelande från Suuntas administrationssida. Utskicket av e-post fungerar.'],
    },
    en: {
      subject: (m) => `Suunta test message – ${m.organizationName}`,
      body: () => ['This is a test message sent from the Suunta administration page. Sending e-mail works.'],
    },
  },
};

/** Plain text and simple HTML of a mail, in the recipient's language. */
export function renderMail(m: MailMessage): RenderedMail {
  const language: LanguageCode = TEXTS[m.kind][m.language] ? m.language : 'fi';
  const t = TEXTS[m.kind][language];
  if (m.kind === 'reminder_digest') return renderDigest(m, language, t);
  const when = m.expiresAt
    ? dateTimeFormat(LOCALES[m.language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(m.expiresAt))
    : null;
  const paragraphs = [...t.body(m)];
  const after = [when && t.expires ? t.expires(when) : null, t.ignore ?? null].filter((p): p is string => !!p);
  const link = m.link && t.action ? `<p><a href="${escapeHtml(m.link)}">${escapeHtml(t.action)}</a></p><p style="font-size:small">${escapeHtml(m.link)}</p>` : '';
  return framed(m, language, t, [...paragraphs, ...(m.link ? ['', m.link] : []), ...(after.length ? ['', ...after] : [])], [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    link,
    ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
  ]);
}

/** The reminder digest: one line per item (title, region, due date) with its own link, then the unsubscribe/snooze link. */
function renderDigest(m: MailMessage, language: LanguageCode, t: Texts): RenderedMail {
  const day = dateTimeFormat(LOCALES[m.language], { dateStyle: 'long', timeZone: 'UTC' });
  const lines = (m.reminders ?? []).map((r) => ({ ...r, due: t.due ? t.due(r.reason, day.format(new Date(`${r.dueDate}T00:00:00Z`))) : r.dueDate }));
  const items = lines
    .map((r) => `<li><strong>${escapeHtml(r.title)}</strong> (${escapeHtml(r.regionName)}; ${escapeHtml(r.context)}) – ${escapeHtml(r.due)}<br><a href="${escapeHtml(r.link)}">${escapeHtml(t.logAction ?? r.link)}</a></li>`)
    .join('');
  return framed(
    m,
    language,
    t,
    [
      ...t.body(m),
      '',
      ...lines.flatMap((r) => [`- ${r.title} (${r.regionName}; ${r.context}) – ${r.due}`, `  ${r.link}`]),
      ...(m.unsubscribeLink && t.unsubscribe ? ['', t.unsubscribe, m.unsubscribeLink] : []),
    ],
    [
      ...t.body(m).map((p) => `<p>${escapeHtml(p)}</p>`),
      `<ul>${items}</ul>`,
      m.unsubscribeLink && t.unsubscribe ? `<p style="font-size:small">${escapeHtml(t.unsubscribe)} <a href="${escapeHtml(m.unsubscribeLink)}">${escapeHtml(m.unsubscribeLink)}</a></p>` : '',
    ],
  );
}

/** What every mail shares around its own lines and HTML: the subject, the greeting and the signature. */
function framed(m: MailMessage, language: LanguageCode, t: Texts, lines: string[], html: string[]): RenderedMail {
  const greeting = GREETING[language](m);
  return {
    subject: t.subject(m),
    text: [greeting, '', ...lines, '', '-- ', `${SIGNATURE} · ${m.organizationName}`, ''].join('\n'),
    html:
      `<!doctype html><html lang="${m.language}"><head><meta charset="utf-8"><title>${escapeHtml(t.subject(m))}</title></head>` +
      `<body style="font-family:sans-serif;line-height:1.5;max-width:40em">` +
      `<p>${escapeHtml(greeting)}</p>` +
      html.join('') +
      `<p>${escapeHtml(SIGNATURE)} · ${escapeHtml(m.organizationName)}</p></body></html>`,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
