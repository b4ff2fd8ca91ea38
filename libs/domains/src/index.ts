// The list of domain modules of this instance: the one registration point for a new domain.
export * from './domains';
