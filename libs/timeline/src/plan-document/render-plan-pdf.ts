import PDFDocument from 'pdfkit';
import type { PlanDocument } from './plan-document';

/** The plan as an A4 PDF (pdfkit, its standard Helvetica: Dutch letters and € are in its character set). */
export function renderPlanPdf(plan: PlanDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: plan.title, Author: 'Regie', Subject: 'Plan van het huishouden' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const heading = (text: string, size: number) => pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(text);
  const paragraph = (text: string) => pdf.font('Helvetica').fontSize(11).text(text, { paragraphGap: 4 });
  const bullet = (text: string) =>
    pdf.font('Helvetica').fontSize(11).text(`•  ${text}`, { indent: 12, paragraphGap: 3 });

  pdf.font('Helvetica-Bold').fontSize(20).text(plan.title);
  plan.intro.forEach(paragraph);
  heading('Wat wij willen bereiken', 15);
  if (plan.goals.length === 0) paragraph('Er staan nog geen doelen in het plan.');
  for (const goal of plan.goals) {
    heading(goal.title, 12.5);
    goal.lines.forEach(paragraph);
    if (goal.agreements.length > 0) {
      pdf.font('Helvetica-Oblique').fontSize(11).text('Wie doet wat:');
      goal.agreements.forEach(bullet);
    }
  }
  if (plan.otherAgreements.length > 0) {
    heading('Andere afspraken', 15);
    plan.otherAgreements.forEach(bullet);
  }
  heading('Wanneer bespreken we het plan?', 15);
  if (plan.evaluationDates.length === 0) paragraph('Er is nog geen datum afgesproken.');
  plan.evaluationDates.forEach(bullet);
  heading('Contact', 15);
  plan.contact.forEach(paragraph);
  pdf.end();
  return done;
}
