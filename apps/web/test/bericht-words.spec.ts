import { berichtName, linkSummary } from '../src/berichten/bericht-words';

// After a link the beheerder reads how many of the client's waiting messages went into the household (B1).
describe('linkSummary', () => {
  const accepted = { outcome: 'ACCEPTED' };
  const waiting = { outcome: 'WAITING' };

  it.each([
    [[accepted], 'Het bericht is verwerkt in het huishouden Jansen.'],
    [[waiting], 'Het bericht is niet verwerkt. Het wacht nog. Bij het bericht staat waarom.'],
    [[accepted, accepted], 'De 2 wachtende berichten van deze cliënt zijn verwerkt in het huishouden Jansen.'],
    [
      [waiting, waiting],
      'Geen van de 2 berichten van deze cliënt is verwerkt. Ze wachten nog. Bij elk bericht staat waarom.',
    ],
    [
      [accepted, waiting, accepted],
      '2 van de 3 berichten van deze cliënt zijn verwerkt in het huishouden Jansen. De andere wachten nog. Bij elk bericht staat waarom.',
    ],
  ])('%j reads %j', (together, text) => {
    expect(linkSummary(together, 'Jansen')).toBe(text);
  });

  it('names a message in words', () => {
    expect(berichtName('WMO305')).toBe('Start zorg (WMO305)');
    expect(berichtName('JW319')).toBe('Bericht (JW319)');
  });
});
