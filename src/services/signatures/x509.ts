// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata
// polyfill loaded first; importing the library only through this module guarantees that order.
import 'reflect-metadata';

export * from '@peculiar/x509';
