import type nl from '../nl/instellingen.ts';
import type { Vertaling } from '../vertaling.ts';

export default {} as const satisfies Vertaling<typeof nl>;
