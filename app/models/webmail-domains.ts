/**
 * Mailbox providers whose addresses say nothing about the employer: two applicants at gmail.com
 * are not the same organisation, so these domains never count in the one-application rule.
 */
const WEBMAIL_DOMAINS = new Set([
  // International
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "gmx.com",
  "gmx.net",
  "mail.com",
  "protonmail.com",
  "proton.me",
  "pm.me",
  "tutanota.com",
  "tuta.io",
  "zoho.com",
  "fastmail.com",
  "hey.com",
  "yandex.com",
  "yandex.ru",
  "mail.ru",
  "qq.com",
  "163.com",
  "126.com",
  "naver.com",
  "hanmail.net",
  "daum.net",
  "outlook.jp",
  "yahoo.co.jp",
  // France
  "outlook.fr",
  "hotmail.fr",
  "live.fr",
  "yahoo.fr",
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "sfr.fr",
  "neuf.fr",
  "laposte.net",
  "bbox.fr",
  "numericable.fr",
  "aliceadsl.fr",
  "club-internet.fr",
  "cegetel.net",
  "gmx.fr",
  // Neighbours and regular visitors of the MIN
  "hotmail.co.uk",
  "yahoo.co.uk",
  "btinternet.com",
  "web.de",
  "gmx.de",
  "t-online.de",
  "libero.it",
  "skynet.be",
  "telenet.be",
  "bluewin.ch",
  "hotmail.be",
  "yahoo.es",
  "hotmail.es",
]);

/** The lower-cased domain of an e-mail address ("" when there is none). */
export function emailDomainOf(email: string): string {
  const at = email.lastIndexOf("@");
  return at === -1
    ? ""
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

export function isWebmailDomain(domain: string): boolean {
  return WEBMAIL_DOMAINS.has(domain.toLowerCase());
}

/** The domain that identifies the organisation behind an address, or null for webmail. */
export function organisationDomainOf(email: string): string | null {
  const domain = emailDomainOf(email);
  return domain && !isWebmailDomain(domain) ? domain : null;
}
