import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { domainName } from '../app/labels';
import { useRegisteredDomains } from '../app/use-registered-domains';
import { DataTable, type Column } from '../components/DataTable';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { CheckboxGroup, ErrorSummary, Saved, TextField, type FieldErrors } from '../components/form';
import { useSubmit } from '../components/use-submit';
import { graphql } from '../gql';
import type { Domain, ProvidersQuery } from '../gql/graphql';
import { plainRefusal } from './refusals';

const ProvidersQuery = graphql(`
  query Providers {
    providers {
      agbCode
      name
      domains
    }
  }
`);

const RegisterProviderDocument = graphql(`
  mutation RegisterProvider($input: RegisterProviderInput!) {
    registerProvider(input: $input) {
      position
    }
  }
`);

type Provider = ProvidersQuery['providers'][number];

const COLUMNS: readonly Column<Provider>[] = [
  { key: 'name', label: 'Naam', render: (p) => p.name, sortValue: (p) => p.name, rowHeader: true },
  { key: 'agb', label: 'AGB-code', render: (p) => p.agbCode },
  { key: 'domains', label: 'Werkt voor', render: (p) => p.domains.map(domainName).join(', ') },
];

const PREFIX = 'aanbieder';
const EMPTY = { agbCode: '', name: '', domains: [] as string[] };

/** Functioneel beheerder: the gemeente's register of providers (aanbieders), and registering a new one. */
export default function ProvidersPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProvidersQuery });
  const [, registerProvider] = useMutation(RegisterProviderDocument);
  const domains = useRegisteredDomains();
  const [values, setValues] = useState(EMPTY);
  const { errors, failure, saved, busy, summary, run } = useSubmit(plainRefusal, {
    adjust: (refusal, error) => {
      // A provider that exists already is refused without a field: it concerns the AGB-code.
      if (refusal.form && error.graphQLErrors.some((e) => e.extensions?.code === 'PROVIDER_EXISTS')) {
        refusal.agbCode = 'Er staat al een aanbieder met deze AGB-code in het register.';
        delete refusal.form;
      }
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const agbCode = values.agbCode.replace(/\s+/g, '');
    if (!/^[0-9]{8}$/.test(agbCode)) found.agbCode = 'Een AGB-code is acht cijfers. Controleer de code.';
    if (!values.name.trim()) found.name = 'Vul de naam van de aanbieder in.';
    if (values.domains.length === 0) found.domains = 'Kies ten minste één domein.';
    const input = { agbCode, name: values.name.trim(), domains: values.domains as Domain[] };
    if (await run(found, () => registerProvider({ input }), `${values.name.trim()} staat nu in het register.`)) {
      setValues(EMPTY);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  const providers = data?.providers ?? [];
  return (
    <>
      <PageHeading>Aanbieders</PageHeading>
      <Paragraph>
        De aanbieders die voor de gemeente werken. Regisseurs en domeinmedewerkers kiezen uit deze lijst.
      </Paragraph>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !data ? <Loading what="De aanbieders" /> : null}
      {data && providers.length === 0 ? <Paragraph>Er staan nog geen aanbieders in het register.</Paragraph> : null}
      {providers.length > 0 ? (
        <DataTable
          caption="Aanbieders van de gemeente"
          columns={COLUMNS}
          rows={providers}
          rowKey={(p) => p.agbCode}
          initial={{ key: 'name', descending: false }}
        />
      ) : null}
      <section aria-labelledby="nieuwe-aanbieder" className="regie-section">
        <Heading level={2} id="nieuwe-aanbieder">
          Aanbieder toevoegen
        </Heading>
        <Saved>{saved}</Saved>
        <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer wat u invulde" />
        {failure ? <ProblemMessage error={failure} /> : null}
        <form onSubmit={submit} noValidate className="regie-form">
          <TextField
            prefix={PREFIX}
            path="agbCode"
            label="AGB-code"
            hint="Acht cijfers. U vindt de code in het AGB-register van Vektis."
            inputMode="numeric"
            value={values.agbCode}
            error={errors.agbCode}
            onChange={(agbCode) => setValues({ ...values, agbCode })}
          />
          <TextField
            prefix={PREFIX}
            path="name"
            label="Naam"
            value={values.name}
            error={errors.name}
            onChange={(name) => setValues({ ...values, name })}
          />
          <CheckboxGroup
            prefix={PREFIX}
            path="domains"
            legend="Voor welke domeinen werkt de aanbieder?"
            options={domains}
            values={values.domains}
            error={errors.domains}
            onChange={(domains) => setValues({ ...values, domains })}
          />
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            Aanbieder toevoegen
          </Button>
        </form>
      </section>
    </>
  );
}
