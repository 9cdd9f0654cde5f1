// Applications, drafts and challenges are named by UUIDs. Text of another form names none of them:
// callers answer "not found" without asking the database, which would refuse the comparison.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return UUID.test(text);
}
