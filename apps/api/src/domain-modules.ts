import { JeugdModule } from '@regie/jeugd';

// The domain modules of this Regie instance. Adding a domain (say Wonen) = one folder in libs/ and one line here.
export const DOMAIN_MODULES = [JeugdModule];
