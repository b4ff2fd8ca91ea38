import { JeugdModule } from '@regie/jeugd';
import { WerkInkomenModule } from '@regie/werk-inkomen';
import { WmoModule } from '@regie/wmo';

// The domain modules of this Regie instance. Adding a domain (say Wonen) = one folder in libs/ and one line here.
export const DOMAIN_MODULES = [JeugdModule, WmoModule, WerkInkomenModule];
