/**
 * The write-up as a Word document, made with `docx` (loaded only when a .docx is asked for):
 * real Heading 1–3 styles, real bulleted lists and tables, the document language set (en-GB or
 * cy-GB) on its default run properties, and title, creator and description in its metadata. Every
 * text is a plain run: nothing a participant wrote is read as a field, a formula or markup.
 */
import type { Block, WriteupDocument } from './blocks.js';

export async function writeupToDocx(doc: WriteupDocument): Promise<Uint8Array> {
  const {
    AlignmentType,
    Document,
    HeadingLevel,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = await import('docx');
  const { ChartRun } = await import('docx/charts');
  const language = { value: doc.lang === 'cy' ? 'cy-GB' : 'en-GB' };
  const headings = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
  } as const;
  const runs = (text: string, notes?: readonly string[]) => [
    new TextRun({ text }),
    ...(notes?.length ? [new TextRun({ text: ` — ${notes.join(', ')}`, italics: true })] : []),
  ];
  const cell = (text: string, header: boolean, numeric: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header })],
        }),
      ],
    });
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  const add = (b: Block) => {
    switch (b.kind) {
      case 'heading':
        children.push(
          new Paragraph({ heading: headings[b.level], children: [new TextRun({ text: b.text })] }),
        );
        return;
      case 'paragraph':
        children.push(
          new Paragraph({ keepNext: b.label, children: [new TextRun({ text: b.text, bold: b.label })] }),
        );
        return;
      case 'list':
        for (const i of b.items) {
          children.push(new Paragraph({ bullet: { level: 0 }, children: runs(i.text, i.notes) }));
          if (i.detail) children.push(new Paragraph({ bullet: { level: 1 }, children: runs(i.detail) }));
        }
        return;
      case 'table':
        children.push(
          new Paragraph({ keepNext: true, children: [new TextRun({ text: b.caption, bold: true })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: b.head.map((h, i) => cell(h, true, b.numeric[i]!)),
              }),
              ...b.rows.map(
                (r) => new TableRow({ children: r.map((c, i) => cell(c, false, b.numeric[i]!)) }),
              ),
            ],
          }),
          new Paragraph({ children: [] }),
        );
        return;
      case 'chart': {
        // Shown proportions only (a suppressed one has none), first challenge at the top.
        const shown = b.summary.challenges.filter((c) => c.proportion !== null && !c.suppressed);
        if (!shown.length) return;
        const percent = (p: number) => Math.round(p * 1000) / 10;
        children.push(
          new Paragraph({
            keepNext: true,
            children: [
              new ChartRun({
                type: 'bar',
                title: b.title,
                categories: shown.map((c) => c.label),
                series: [
                  { name: b.title, values: shown.map((c) => percent(c.proportion!)), color: '005EB8' },
                ],
                legend: false,
                categoryAxis: { reverseOrder: true },
                valueAxis: { minimum: 0, maximum: 100, numberFormat: '0"%"' },
                dataLabels: { value: true, numberFormat: '0.0"%"' },
                transformation: { width: 576, height: Math.min(640, 80 + 28 * shown.length) },
                altText: {
                  name: b.title,
                  description: shown.map((c) => `${c.label}: ${percent(c.proportion!)}%`).join('; '),
                },
              }),
            ],
          }),
        );
        return;
      }
    }
  };
  for (const b of doc.blocks) add(b);
  const document = new Document({
    title: doc.title,
    description: doc.description,
    creator: 'netweave',
    styles: {
      default: {
        document: { run: { language, font: 'Arial', size: 22 } },
      },
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
