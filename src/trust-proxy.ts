// TIRKEU_TRUST_PROXY: which peers are proxies whose X-Forwarded-For and X-Forwarded-Proto we
// believe. A comma-separated list of IP addresses, CIDR ranges and the words `loopback`
// (127.0.0.0/8, ::1) and `private` (10/8, 172.16/12, 192.168/16, fc00::/7). Empty: no peer is
// trusted and forwarded headers are ignored. There is deliberately no hop count: a count trusts
// whoever connects, so a client reaching the service directly could name any address and protocol.
import { BlockList, isIP } from 'node:net';

const NAMED: Record<string, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

export interface ProxyTrust {
  /** Whether a directly connected peer (or a hop it forwarded for) is one of our proxies. */
  trusts(address: string): boolean;
}

/** An address as the socket or a header gives it: IPv4-mapped IPv6 becomes IPv4. */
export function normalizeAddress(raw: string): string | null {
  let address = raw.trim();
  if (address.startsWith('[')) address = address.slice(1, address.indexOf(']'));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) === 0 ? null : address.toLowerCase();
}

function family(address: string): 'ipv4' | 'ipv6' {
  return isIP(address) === 4 ? 'ipv4' : 'ipv6';
}

/** Why an entry is not understood, or null when the whole value is valid. */
export function trustProxyProblem(value: string): string | null {
  for (const entry of entries(value)) {
    if (NAMED[entry]) continue;
    const [address, prefix, ...rest] = entry.split('/');
    const kind = isIP(address ?? '');
    const max = kind === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max);
    if (kind === 0 || !prefixOk || rest.length > 0) {
      return `"${entry}" is not loopback, private, an IP address or a CIDR range`;
    }
  }
  return null;
}

function entries(value: string): string[] {
  return value
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');
}

/** The trust of a valid TIRKEU_TRUST_PROXY value (checked by the config); undefined: none. */
export function parseTrustProxy(value: string | undefined): ProxyTrust {
  const list = new BlockList();
  let any = false;
  for (const entry of entries(value ?? '').flatMap((e) => NAMED[e] ?? [e])) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    if (prefix === undefined) list.addAddress(address, family(address));
    else list.addSubnet(address, Number(prefix), family(address));
    any = true;
  }
  return {
    trusts(raw) {
      const address = normalizeAddress(raw);
      return any && address !== null && list.check(address, family(address));
    },
  };
}
