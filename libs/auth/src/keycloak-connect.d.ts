// keycloak-connect ships types for its middleware only; these are the parts of its token utilities we use.
declare module 'keycloak-connect/middleware/auth-utils/config.js' {
  class Config {
    constructor(config: Record<string, unknown>);
    realmUrl: string;
  }
  export default Config;
}

declare module 'keycloak-connect/middleware/auth-utils/token.js' {
  class Token {
    constructor(token: string, clientId?: string);
    token: string;
    header: Record<string, unknown> | undefined;
    content: Record<string, unknown>;
    signed: string | undefined;
    isExpired(): boolean;
  }
  export default Token;
}

declare module 'keycloak-connect/middleware/auth-utils/grant-manager.js' {
  import type Config from 'keycloak-connect/middleware/auth-utils/config.js';
  import type Token from 'keycloak-connect/middleware/auth-utils/token.js';
  class GrantManager {
    constructor(config: Config);
    validateToken(token: Token, expectedType: string): Promise<Token>;
  }
  export default GrantManager;
}
