declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL cluster shared by one test run. */
    postgresUrl: string;
  }
}

export {};
