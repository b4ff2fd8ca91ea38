import { extractText, getDocumentProxy } from 'unpdf';
import { planDocument, type PlanFacts } from './plan-document';
import { renderPlanPdf } from './render-plan-pdf';

const facts: PlanFacts = {
  householdName: 'Familie De Vries',
  regisseurName: 'Anna Bakker',
  gemeente: '0599',
  members: [
    { id: 'm-moeder', name: 'Sanne de Vries' },
    { id: 'm-zoon', name: 'Noah de Vries' },
  ],
  goals: [
    {
      id: 'g-huis',
      title: 'We blijven in ons huis wonen',
      description: null,
      domains: ['WERK_EN_INKOMEN'],
      memberIds: ['m-moeder'],
      targetDate: '2026-09-01',
      status: 'DEELS_BEREIKT',
      evaluations: [{ outcome: 'DEELS_BEREIKT', evaluatedOn: '2026-05-04' }],
    },
    {
      id: 'g-school',
      title: 'Noah gaat elke dag naar school',
      description: null,
      domains: ['JEUGD'],
      memberIds: ['m-zoon'],
      targetDate: null,
      status: 'OPEN',
      evaluations: [],
    },
  ],
  agreements: [
    {
      goalId: 'g-huis',
      description: 'Sanne belt de woningcorporatie over een betalingsregeling',
      party: 'HUISHOUDEN',
      partyName: null,
      providerName: null,
      domain: null,
      memberIds: ['m-moeder'],
      dueOn: '2026-06-20',
    },
    {
      goalId: 'g-school',
      description: 'De jeugdhulpverlener haalt Noah op',
      party: 'AANBIEDER',
      partyName: null,
      providerName: 'Jeugdhulp Utrecht',
      domain: null,
      memberIds: ['m-zoon'],
      dueOn: null,
    },
  ],
  // Werk en Inkomen is shared for the whole household; Jeugd only for Noah (member-scoped).
  householdWideDomains: ['WERK_EN_INKOMEN'],
  readerDomains: ['HOUSEHOLD', 'WERK_EN_INKOMEN', 'JEUGD'],
  today: '2026-06-15',
};

describe('planDocument', () => {
  it('gives goals with who does what by when, the evaluation dates and the regisseur, in plain Dutch', () => {
    const plan = planDocument(facts);
    expect(plan.goals.map((goal) => goal.title)).toEqual(['We blijven in ons huis wonen']);
    expect(plan.goals[0]!.lines).toContain('Wanneer klaar: 1 september 2026.');
    expect(plan.goals[0]!.lines).toContain('Hoe staat het: Voor een deel gelukt.');
    expect(plan.goals[0]!.agreements).toEqual([
      'Uw huishouden: Sanne belt de woningcorporatie over een betalingsregeling. Voor: Sanne de Vries. Klaar op: 20 juni 2026.',
    ]);
    expect(plan.evaluationDates).toEqual([
      'Besproken op 4 mei 2026.',
      'We bespreken het plan weer uiterlijk op 1 september 2026.',
    ]);
    expect(plan.contact[0]).toBe('Uw regisseur is Anna Bakker.');
  });

  it('leaves out a goal of a member-scoped domain, and the agreements under it', () => {
    const text = JSON.stringify(planDocument(facts));
    expect(text).not.toMatch(/school|Jeugdhulp|opgroeien/);
  });

  it('says how to reach the gemeente: its name, phone, e-mail and website when configured, else "de gemeente"', () => {
    const gemeenteContact = { naam: 'Gemeente Rotterdam', telefoon: '14 010', website: 'https://www.rotterdam.nl' };
    expect(planDocument({ ...facts, gemeenteContact }).contact).toEqual([
      'Uw regisseur is Anna Bakker.',
      'Bel of mail Gemeente Rotterdam en vraag naar uw regisseur. Dat kan ook als u een vraag hebt over dit plan.',
      'Telefoon: 14 010',
      'Website: https://www.rotterdam.nl',
    ]);
    expect(
      planDocument({
        ...facts,
        regisseurName: null,
        gemeenteContact: { naam: 'Gemeente Rotterdam', email: 'wijkteam@rotterdam.nl' },
      }).contact,
    ).toEqual([
      'U hebt op dit moment geen regisseur. Bel of mail Gemeente Rotterdam als u een vraag hebt over dit plan.',
      'E-mail: wijkteam@rotterdam.nl',
    ]);
    expect(planDocument(facts).contact[1]).toBe(
      'Bel of mail de gemeente en vraag naar uw regisseur. Dat kan ook als u een vraag hebt over dit plan.',
    );
  });

  it('leaves out a domain the reader may not see, even when shared for the whole household', () => {
    const plan = planDocument({ ...facts, readerDomains: ['HOUSEHOLD'] });
    expect(plan.goals).toEqual([]);
  });
});

describe('renderPlanPdf', () => {
  it('writes a PDF whose extracted text is the plan', async () => {
    const gemeenteContact = { naam: 'Gemeente Rotterdam', telefoon: '14 010' };
    const pdf = await renderPlanPdf(planDocument({ ...facts, gemeenteContact }));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain('Ons plan – Familie De Vries');
    expect(text).toContain('We blijven in ons huis wonen');
    expect(text).toContain('Klaar op: 20 juni 2026.');
    expect(text).toContain('Uw regisseur is Anna Bakker.');
    expect(text).toContain('Telefoon: 14 010');
    expect(text).not.toContain('school');
  });
});
