import type { Actor } from '@regie/access';
import type { EventStore } from '@regie/event-store';
import {
  StreamCommandHandler,
  DomainRejection,
  FIXTURE_HOUSEHOLD_ID,
  givenHousehold,
  householdRegistered,
  HouseholdEventType,
  type CommandResult,
  type HouseholdCommandExecutor,
  type DomainRegistry,
} from '@regie/household';
import { openIsolatedPostgres } from '../../sql/test/postgres-test-database';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { reserveSpend, setBudget } from '../src/budget.decide';
import { budgetStream, BudgetEventType } from '../src/budget.events';
import type { BudgetRejection } from '../src/budget.rejection';
import { overviewOf } from '../src/budget.state';
import { GemeenteBudgetStore } from '../src/gemeente-budget.store';
import { MaatwerkbudgetService } from '../src/maatwerkbudget.service';

const beheerder: Actor = { userId: 'u-beheer', role: 'functioneel_beheerder', gemeente: '0363' };
const regisseur: Actor = { userId: 'u-regie', role: 'regisseur', gemeente: '0363' };
const household = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

describe('the maatwerkbudget stream on PostgreSQL', () => {
  let isolated: Awaited<ReturnType<typeof openIsolatedPostgres>>;
  let store: EventStore;
  let budgets: GemeenteBudgetStore;
  let gemeenteCounter = 0;
  /** A fresh gemeente per test, so the tests share the store but not a budget. */
  const nextGemeente = () => `9${(gemeenteCounter++).toString().padStart(3, '0')}`;

  beforeAll(async () => {
    isolated = await openIsolatedPostgres('maatwerkbudget');
    store = await SqlEventStore.create(isolated.db);
    budgets = new GemeenteBudgetStore(store, new StreamCommandHandler(store));
  });
  afterAll(async () => {
    await store.close();
    await isolated.drop();
  });

  async function outcomes(attempts: Promise<unknown>[]): Promise<string[]> {
    const settled = await Promise.allSettled(attempts);
    return settled.map((result) =>
      result.status === 'fulfilled' ? 'OK' : ((result.reason as BudgetRejection).code ?? String(result.reason)),
    );
  }

  it('lets exactly 10 of 20 concurrent spends through a budget that holds 10, and never overshoots', async () => {
    const gemeente = nextGemeente();
    await budgets.decide(gemeente, beheerder, (state) =>
      setBudget({ year: 2026, totalCents: 100_000, perHouseholdCents: 100_000 }, state),
    );
    const results = await outcomes(
      Array.from({ length: 20 }, (_, n) =>
        budgets.decide(gemeente, regisseur, (state) =>
          reserveSpend({ spendId: `s${n}`, householdId: household(n), year: 2026, amountCents: 10_000 }, state),
        ),
      ),
    );
    expect(results.filter((code) => code === 'OK')).toHaveLength(10);
    expect(results.filter((code) => code === 'BUDGET_EXCEEDED')).toHaveLength(10);
    const { state } = await budgets.load(gemeente);
    expect(overviewOf(state, 2026)).toMatchObject({ reservedCents: 100_000, remainingCents: 0, spendCount: 10 });
    const events = await store.readStream(budgetStream(gemeente));
    expect(events.filter((event) => event.type === BudgetEventType.reserved)).toHaveLength(10);
  });

  it('holds the per-household limit under concurrency too', async () => {
    const gemeente = nextGemeente();
    await budgets.decide(gemeente, beheerder, (state) =>
      setBudget({ year: 2026, totalCents: 1_000_000, perHouseholdCents: 50_000 }, state),
    );
    const results = await outcomes(
      Array.from({ length: 12 }, (_, n) =>
        budgets.decide(gemeente, regisseur, (state) =>
          reserveSpend({ spendId: `s${n}`, householdId: household(1), year: 2026, amountCents: 10_000 }, state),
        ),
      ),
    );
    expect(results.filter((code) => code === 'OK')).toHaveLength(5);
    expect(results.filter((code) => code === 'HOUSEHOLD_BUDGET_EXCEEDED')).toHaveLength(7);
  });

  describe('the spend saga', () => {
    const history = [
      householdRegistered(),
      {
        type: HouseholdEventType.regisseurAssigned,
        data: { regisseur: { userId: regisseur.userId, name: 'Rik Regie' }, reason: 'start' },
      },
    ];
    const request = {
      householdId: FIXTURE_HOUSEHOLD_ID,
      amountCents: 95_000,
      spentOn: '2026-03-02',
      purpose: 'Huurachterstand maart betaald aan de corporatie',
      prevents: 'HUISUITZETTING',
      memberIds: ['m-moeder'],
    };

    function serviceWith(gemeente: string, householdStep: () => Promise<CommandResult>): MaatwerkbudgetService {
      const { state } = givenHousehold(history, { domains: [] });
      const households = {
        load: async () => ({ state: { ...state, core: { ...state.core, gemeente } }, revision: 1n }),
        execute: householdStep,
      } as unknown as HouseholdCommandExecutor;
      const registry = { all: [] } as unknown as DomainRegistry;
      return new MaatwerkbudgetService(budgets, households, registry);
    }

    it('gives the reservation back when the household step fails, and rethrows its error', async () => {
      const gemeente = nextGemeente();
      const actor = { ...regisseur, gemeente };
      await budgets.decide(gemeente, beheerder, (state) =>
        setBudget({ year: 2026, totalCents: 500_000, perHouseholdCents: 100_000 }, state),
      );
      const refusal = new DomainRejection('HOUSEHOLD_CLOSED', 'Het huishouden is gesloten');
      const service = serviceWith(gemeente, () => Promise.reject(refusal));

      await expect(service.spend(actor, request)).rejects.toBe(refusal);

      const { state } = await budgets.load(gemeente);
      expect(overviewOf(state, 2026)).toMatchObject({ remainingCents: 500_000, reservedCents: 0, spendCount: 0 });
      const events = await store.readStream(budgetStream(gemeente));
      expect(events.map((event) => event.type)).toEqual([
        BudgetEventType.set,
        BudgetEventType.reserved,
        BudgetEventType.released,
      ]);
      expect(events[2]!.data).toMatchObject({ reason: 'HOUSEHOLD_STEP_FAILED:HOUSEHOLD_CLOSED' });
    });

    it('keeps the reservation when the household recorded the spend', async () => {
      const gemeente = nextGemeente();
      const actor = { ...regisseur, gemeente };
      await budgets.decide(gemeente, beheerder, (state) =>
        setBudget({ year: 2026, totalCents: 500_000, perHouseholdCents: 100_000 }, state),
      );
      const recorded = { householdId: FIXTURE_HOUSEHOLD_ID, eventIds: ['e'], streamRevision: 2n, position: 7n };
      const result = await serviceWith(gemeente, () => Promise.resolve(recorded)).spend(actor, request);
      expect(result).toMatchObject({ ...recorded, spendId: expect.any(String) });
      const { state } = await budgets.load(gemeente);
      expect(state.reservations.get(result.spendId)).toMatchObject({ amountCents: 95_000, released: false });
    });

    it.each([
      ['a domeinmedewerker', { userId: 'u-wmo', role: 'domeinmedewerker', domain: 'WMO' } as const],
      ['a regisseur of another household', { userId: 'u-ander', role: 'regisseur' } as const],
      ['the regisseur in another gemeente', { userId: regisseur.userId, role: 'regisseur', gemeente: '0599' } as const],
    ])('refuses %s before reserving anything', async (_label, who) => {
      const gemeente = nextGemeente();
      const actor: Actor = { gemeente, ...who };
      await budgets.decide(gemeente, beheerder, (state) =>
        setBudget({ year: 2026, totalCents: 500_000, perHouseholdCents: 100_000 }, state),
      );
      const householdStep = jest.fn();
      await expect(serviceWith(gemeente, householdStep).spend(actor, request)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(householdStep).not.toHaveBeenCalled();
      expect(await store.readStream(budgetStream(gemeente))).toHaveLength(1);
    });

    it('reserves nothing for input the household would refuse', async () => {
      const gemeente = nextGemeente();
      await budgets.decide(gemeente, beheerder, (state) =>
        setBudget({ year: 2026, totalCents: 500_000, perHouseholdCents: 100_000 }, state),
      );
      const householdStep = jest.fn();
      await expect(
        serviceWith(gemeente, householdStep).spend({ ...regisseur, gemeente }, { ...request, memberIds: ['m-buur'] }),
      ).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND' });
      expect(householdStep).not.toHaveBeenCalled();
      expect(await store.readStream(budgetStream(gemeente))).toHaveLength(1);
    });
  });
});
