import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../app/format';
import { domainName } from '../app/labels';
import { DataTable, type Column } from '../components/DataTable';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, fieldId, Saved, SelectField, TextField, type FieldErrors } from '../components/form';
import { useSubmit } from '../components/use-submit';
import { graphql } from '../gql';
import type { Domain, VoorliggendVeldQuery } from '../gql/graphql';
import { EndVoorzieningForm } from './EndVoorzieningForm';
import { plainRefusal } from './refusals';

/**
 * The domains whose supports a voorziening can replace: the catalogue's own rule (the api refuses Wonen there), not
 * the list of registered domains.
 */
const CATALOGUE_DOMAINS = [
  ['JEUGD', 'Jeugd'],
  ['WMO', 'Wmo'],
  ['WERK_EN_INKOMEN', 'Werk en Inkomen'],
] as const;

const VoorliggendVeldQuery = graphql(`
  query VoorliggendVeld {
    voorliggendVeld {
      voorzieningId
      naam
      organisatie
      geldigVanaf
      beeindigdPer
      wachttijdDagen
      replaces {
        domain
        category
      }
    }
  }
`);

const RegisterVoorzieningDocument = graphql(`
  mutation RegisterAlgemeneVoorziening($input: RegisterAlgemeneVoorzieningInput!) {
    registerAlgemeneVoorziening(input: $input) {
      voorzieningId
    }
  }
`);

type Voorziening = VoorliggendVeldQuery['voorliggendVeld'][number];

const supportName = (support: { domain: string; category: string }) =>
  support.category === 'SCHULDHULP'
    ? 'schuldhulp'
    : support.category === 'REINTEGRATIE'
      ? 're-integratie'
      : `${domainName(support.domain)} (productcategorie ${support.category})`;

const COLUMNS: readonly Column<Voorziening>[] = [
  { key: 'naam', label: 'Voorziening', render: (v) => v.naam, sortValue: (v) => v.naam, rowHeader: true },
  { key: 'organisatie', label: 'Organisatie', render: (v) => v.organisatie },
  { key: 'replaces', label: 'Kan in de plaats komen van', render: (v) => v.replaces.map(supportName).join(', ') },
  {
    key: 'wacht',
    label: 'Wachttijd',
    render: (v) => (v.wachttijdDagen == null ? 'onbekend' : `${v.wachttijdDagen} dagen`),
  },
  {
    key: 'periode',
    label: 'Aangeboden',
    render: (v) =>
      v.beeindigdPer
        ? `van ${formatDate(v.geldigVanaf)} tot ${formatDate(v.beeindigdPer)}`
        : `vanaf ${formatDate(v.geldigVanaf)}`,
  },
];

const PREFIX = 'voorziening';
const today = () => new Date().toLocaleDateString('sv-SE');
const empty = () => ({
  naam: '',
  organisatie: '',
  omschrijving: '',
  voorwaarden: '',
  telefoon: '',
  email: '',
  website: '',
  geldigVanaf: today(),
  wachttijdDagen: '',
  domain: 'WMO',
  category: '',
});

/** Functioneel beheerder: the voorliggend veld (algemene voorzieningen) of the gemeente, and adding one. */
export default function CataloguePage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: VoorliggendVeldQuery });
  const [, registerVoorziening] = useMutation(RegisterVoorzieningDocument);
  const [values, setValues] = useState(empty);
  const { errors, failure, saved, busy, summary, run } = useSubmit(plainRefusal, {
    // The api names the category of the (one) replaced support without its index.
    moveTo: [['replaces.category', 'replaces.0.category', /./]],
  });
  const set = (field: keyof ReturnType<typeof empty>) => (value: string) => setValues({ ...values, [field]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.naam.trim()) found.naam = 'Vul de naam van de voorziening in.';
    if (!values.organisatie.trim()) found.organisatie = 'Vul in welke organisatie de voorziening biedt.';
    if (!values.omschrijving.trim()) found.omschrijving = 'Beschrijf kort wat de voorziening doet.';
    if (!values.voorwaarden.trim()) found.voorwaarden = 'Vul in wie er gebruik van mag maken en hoe.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.geldigVanaf)) found.geldigVanaf = 'Vul de datum in vanaf wanneer.';
    if (values.wachttijdDagen.trim() && !/^\d{1,3}$/.test(values.wachttijdDagen.trim()))
      found.wachttijdDagen = 'Vul de wachttijd in als een aantal dagen, van 0 tot 730.';
    if (!values.telefoon.trim() && !values.email.trim() && !values.website.trim())
      found.contact = 'Vul een telefoonnummer, e-mailadres of website in, zodat mensen de voorziening kunnen bereiken.';
    else if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
      found['contact.email'] = 'Dit e-mailadres klopt niet. Controleer het, bijvoorbeeld naam@voorbeeld.nl.';
    const category = values.category.trim().toUpperCase();
    const categoryOk =
      values.domain === 'WERK_EN_INKOMEN'
        ? ['SCHULDHULP', 'REINTEGRATIE'].includes(category)
        : /^\d{2}$/.test(category);
    if (!categoryOk)
      found['replaces.0.category'] =
        values.domain === 'WERK_EN_INKOMEN'
          ? 'Vul bij Werk en Inkomen SCHULDHULP of REINTEGRATIE in.'
          : 'Vul de productcategorie in: twee cijfers, zoals 45.';
    const input = {
      naam: values.naam.trim(),
      organisatie: values.organisatie.trim(),
      omschrijving: values.omschrijving.trim(),
      voorwaarden: values.voorwaarden.trim(),
      contact: {
        ...(values.telefoon.trim() ? { telefoon: values.telefoon.trim() } : {}),
        ...(values.email.trim() ? { email: values.email.trim() } : {}),
        ...(values.website.trim() ? { website: values.website.trim() } : {}),
      },
      geldigVanaf: values.geldigVanaf,
      ...(values.wachttijdDagen.trim() ? { wachttijdDagen: Number(values.wachttijdDagen.trim()) } : {}),
      replaces: [{ domain: values.domain as Domain, category }],
    };
    if (await run(found, () => registerVoorziening({ input }), `${values.naam.trim()} staat nu in de catalogus.`)) {
      setValues(empty());
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const entries = data?.voorliggendVeld ?? [];
  return (
    <>
      <PageHeading>Voorliggend veld</PageHeading>
      <Paragraph>
        Algemene voorzieningen van de gemeente: hulp die iemand zonder beschikking kan krijgen. De regisseur kijkt hier
        eerst, voordat hij maatwerk aanvraagt.
      </Paragraph>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !data ? <Loading what="De catalogus" /> : null}
      {data && entries.length === 0 ? <Paragraph>Er staan nog geen voorzieningen in de catalogus.</Paragraph> : null}
      {entries.length > 0 ? (
        <DataTable
          caption="Algemene voorzieningen"
          columns={COLUMNS}
          rows={entries}
          rowKey={(v) => v.voorzieningId}
          initial={{ key: 'naam', descending: false }}
        />
      ) : null}
      <section aria-labelledby="nieuwe-voorziening" className="regie-section">
        <Heading level={2} id="nieuwe-voorziening">
          Voorziening toevoegen
        </Heading>
        <Saved>{saved}</Saved>
        <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer wat u invulde" />
        {failure ? <ProblemMessage error={failure} /> : null}
        <form onSubmit={submit} noValidate className="regie-form">
          <TextField
            prefix={PREFIX}
            path="naam"
            label="Naam"
            value={values.naam}
            error={errors.naam}
            onChange={set('naam')}
          />
          <TextField
            prefix={PREFIX}
            path="organisatie"
            label="Organisatie"
            value={values.organisatie}
            error={errors.organisatie}
            onChange={set('organisatie')}
          />
          <TextField
            prefix={PREFIX}
            path="omschrijving"
            label="Wat doet de voorziening?"
            multiline
            value={values.omschrijving}
            error={errors.omschrijving}
            onChange={set('omschrijving')}
          />
          <TextField
            prefix={PREFIX}
            path="voorwaarden"
            label="Voorwaarden"
            hint="Wie mag er gebruik van maken, wat kost het, hoe meldt iemand zich aan?"
            multiline
            value={values.voorwaarden}
            error={errors.voorwaarden}
            onChange={set('voorwaarden')}
          />
          <fieldset
            className={`utrecht-form-fieldset${errors.contact ? ' utrecht-form-fieldset--invalid' : ''}`}
            id={fieldId(PREFIX, 'contact')}
            tabIndex={-1}
            aria-describedby={errors.contact ? `${fieldId(PREFIX, 'contact')}-fout` : undefined}
          >
            <legend className="utrecht-form-fieldset__legend">
              Hoe bereikt iemand de voorziening? Vul er ten minste één in.
            </legend>
            {errors.contact ? (
              <div className="utrecht-form-field-error-message" id={`${fieldId(PREFIX, 'contact')}-fout`}>
                {errors.contact}
              </div>
            ) : null}
            <TextField
              prefix={PREFIX}
              path="contact.telefoon"
              label="Telefoonnummer"
              value={values.telefoon}
              error={errors['contact.telefoon']}
              onChange={set('telefoon')}
            />
            <TextField
              prefix={PREFIX}
              path="contact.email"
              label="E-mailadres"
              type="email"
              value={values.email}
              error={errors['contact.email']}
              onChange={set('email')}
            />
            <TextField
              prefix={PREFIX}
              path="contact.website"
              label="Website"
              value={values.website}
              error={errors['contact.website']}
              onChange={set('website')}
            />
          </fieldset>
          <TextField
            prefix={PREFIX}
            path="geldigVanaf"
            label="Aangeboden vanaf"
            type="date"
            value={values.geldigVanaf}
            error={errors.geldigVanaf}
            onChange={set('geldigVanaf')}
          />
          <TextField
            prefix={PREFIX}
            path="wachttijdDagen"
            label="Gewone wachttijd in dagen (niet verplicht)"
            inputMode="numeric"
            value={values.wachttijdDagen}
            error={errors.wachttijdDagen}
            onChange={set('wachttijdDagen')}
          />
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">Waarvoor kan deze voorziening in de plaats komen?</legend>
            <SelectField
              prefix={PREFIX}
              path="replaces.0.domain"
              label="Domein"
              options={CATALOGUE_DOMAINS}
              value={values.domain}
              error={errors['replaces.0.domain'] ?? errors.replaces}
              onChange={set('domain')}
            />
            <TextField
              prefix={PREFIX}
              path="replaces.0.category"
              label="Productcategorie"
              hint="Jeugd en Wmo: twee cijfers, zoals 45. Werk en Inkomen: SCHULDHULP of REINTEGRATIE."
              value={values.category}
              error={errors['replaces.0.category'] ?? errors['replaces.category']}
              onChange={set('category')}
            />
          </fieldset>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            Voorziening toevoegen
          </Button>
        </form>
      </section>
      <EndVoorzieningForm entries={entries} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
    </>
  );
}
