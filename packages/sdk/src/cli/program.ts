/**
 * The `netweave` command: validate, aggregate, report and propose-mapping, built on commander.
 * `main(argv)` resolves to the exit code (see exit-codes.ts); it never calls process.exit, so
 * tests can run it in-process.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile, readFile as readText } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { normaliseLocale, type Locale } from '@netweave/model';
import { analyse } from '../analyse.js';
import { isGroupDimension, type GroupDimension } from '../aggregate/group-key.js';
import { groupedTotal } from '../aggregate/grouped.js';
import { applyDisclosure } from '../disclosure/apply.js';
import { DISCLOSURE_RULES, type DisclosureRule } from '../disclosure/rules.js';
import { aggregateFiles, type AggregateFilesResult } from '../node/aggregate-files.js';
import { analysisToJson } from '../output/to-json.js';
import { EXIT } from './exit-codes.js';
import { InputError, loadCatalogue, loadCodebook, loadMapping } from './load-options.js';
import { commanderErrorCy } from './commander-cy.js';
import { createProgress } from './progress.js';
import type { WriteupFormat } from '../writeup/writeup.js';
import { cliEn, cliLocale, cliLocalizer, type CliLocalizer, type CliStrings } from './strings.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
}

/** commander's help in the chosen language: section titles and the (choices: …, default: …) notes. */
function localisedHelp(l: CliLocalizer): Partial<Help> {
  const notes = (text: string) =>
    text.replace(
      /(\(|, )(choices|default): /g,
      (_, before: string, k: 'choices' | 'default') => `${before}${l.t(`help.${k}`)}: `,
    );
  const terms = (text: string) =>
    text.replace('[options]', l.t('help.usage.options')).replace('[command]', l.t('help.usage.command'));
  return {
    styleTitle: (title: string) => {
      const key = `help.heading.${title}` as keyof CliStrings;
      return Object.prototype.hasOwnProperty.call(cliEn, key) ? l.t(key) : title;
    },
    commandUsage(this: Help, cmd: Command) {
      return terms(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command) {
      return terms(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(this: Help, option: Option) {
      return notes(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument: Argument) {
      return notes(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}

const parseBy =
  (l: CliLocalizer) =>
  (value: string): GroupDimension[] => {
    const dims = value
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean);
    for (const d of dims) {
      if (!isGroupDimension(d)) throw new InvalidArgumentError(l.t('error.by', { value: d }));
    }
    if (dims.length > 2) throw new InvalidArgumentError(l.t('error.byCount'));
    return dims as GroupDimension[];
  };

const parseThreshold =
  (l: CliLocalizer) =>
  (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(l.t('error.threshold'));
    return Number(value);
  };

const parseThreads =
  (l: CliLocalizer) =>
  (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(l.t('error.threads'));
    return Number(value);
  };

interface CommonOptions {
  mapping?: string;
  catalogue?: string;
  strict?: boolean;
  by?: GroupDimension[];
  threshold?: number;
  disclosure: DisclosureRule;
  codebook?: string;
  reliability?: boolean;
  output?: string;
  quiet?: boolean;
  maxIssues: number;
  threads?: number;
  lang: Locale;
}

async function totalSize(paths: string[]): Promise<number> {
  let total = 0;
  for (const p of paths)
    total += await stat(p).then(
      (s) => s.size,
      () => 0,
    );
  return total;
}

async function readAll(
  paths: string[],
  opts: CommonOptions,
  io: Io,
  withRows = true,
): Promise<AggregateFilesResult> {
  const catalogue = await loadCatalogue(opts.catalogue, opts.lang);
  const mapping = await loadMapping(opts.mapping, opts.lang);
  const total = await totalSize(paths);
  const label = cliLocalizer(opts.lang).t('progress.reading');
  const progress = createProgress(total > 5_000_000 ? total : 0, io.stderr, label);
  let before = 0;
  let current = 0;
  const result = await aggregateFiles(paths, {
    catalogue,
    mapping,
    strict: opts.strict,
    maxIssues: opts.maxIssues,
    by: withRows ? opts.by : [],
    reliability: opts.reliability,
    locale: opts.lang,
    threads: opts.threads,
    onFile: () => {
      before += current;
      current = 0;
    },
    onProgress: (done) => {
      current = done;
      progress.update(before + done);
    },
  });
  progress.done();
  return result;
}

function printIssues(
  files: AggregateFilesResult['files'],
  io: Io,
  quiet: boolean | undefined,
  l: CliLocalizer,
): { errors: number } {
  let errors = 0;
  for (const f of files) {
    errors += f.stats.errors;
    if (!quiet) {
      for (const issue of f.issues)
        io.stderr.write(`${l.t(`severity.${issue.severity}`)}: ${issue.message}\n`);
      const shown = f.issues.length;
      const all = f.stats.errors + f.stats.warnings;
      if (all > shown) io.stderr.write(`${l.t('file.more', { count: all - shown, file: f.file })}\n`);
    }
    io.stderr.write(
      `${l.t('file.summary', {
        file: f.file,
        count: f.stats.rows,
        accepted: f.stats.accepted,
        rejected: f.stats.rejected,
        duplicates: f.stats.duplicates,
      })}\n`,
    );
  }
  return { errors };
}

async function write(output: string | undefined, text: string, io: Io, l: CliLocalizer): Promise<number> {
  if (!output || output === '-') {
    io.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeFile(output, text, 'utf8');
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(
      `netweave: ${l.t('error.write', { file: output, detail: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`,
    );
    return EXIT.output;
  }
}

/**
 * Writes `data` to a temporary file beside `output`, then renames it into place: a failure never
 * leaves a partial document (nor the temporary file).
 */
async function writeWhole(
  output: string,
  data: string | Uint8Array,
  io: Io,
  l: CliLocalizer,
): Promise<number> {
  const temporary = join(dirname(output), `.${basename(output)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, output);
    return EXIT.ok;
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    io.stderr.write(
      `netweave: ${l.t('error.write', { file: output, detail: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`,
    );
    return EXIT.output;
  }
}

/** The write-up's format from the output's extension, or null. */
function writeupFormat(output: string, WRITEUP_FORMATS: readonly WriteupFormat[]): WriteupFormat | null {
  const ext = extname(output).toLowerCase().slice(1);
  const format = ext === 'htm' ? 'html' : ext === 'markdown' ? 'md' : ext;
  return (WRITEUP_FORMATS as readonly string[]).includes(format) ? (format as WriteupFormat) : null;
}

function unreadable(files: AggregateFilesResult['files']): boolean {
  return (
    files.every((f) => f.stats.accepted === 0 && f.format !== 'commitments-csv') ||
    files.some((f) => f.format === 'unknown' || f.issues.some((i) => i.code === 'unreadable'))
  );
}

/**
 * What `aggregate` and `report` share: read the files, report their problems, refuse input with
 * nothing usable (or any error under --strict), then analyse and apply disclosure control.
 * Returns the exit code instead when there is nothing to write.
 */
async function disclosedAnalysis(
  paths: string[],
  opts: CommonOptions,
  io: Io,
  lc: CliLocalizer,
): Promise<{ disclosed: ReturnType<typeof applyDisclosure>; files: AggregateFilesResult['files'] } | number> {
  const result = await readAll(paths, opts, io);
  const { errors } = printIssues(result.files, io, opts.quiet, lc);
  if (unreadable(result.files) && groupedTotal(result.grouped).respondents === 0) {
    io.stderr.write(`netweave: ${lc.t('error.nothing')}\n`);
    return EXIT.noInput;
  }
  if (opts.strict && errors) return EXIT.dataErrors;
  if (groupedTotal(result.grouped).respondents === 0 && result.commitments.length) {
    // a commitments export on its own: say what it holds (the output says it too)
    const files = result.files.filter((f) => f.format === 'commitments-csv' || f.format === 'json');
    io.stderr.write(
      `${lc.t('severity.info')}: ${lc.t('note.commitmentsOnly', {
        files: files.map((f) => f.file).join(', '),
        count: result.commitments.length,
      })}\n`,
    );
    io.stderr.write(`${lc.t('severity.info')}: ${lc.t('note.writeup', { files: paths.join(' ') })}\n`);
  }
  const catalogue = await loadCatalogue(opts.catalogue, opts.lang);
  const disclosed = applyDisclosure(
    analyse(result.grouped, {
      catalogue,
      threshold: opts.threshold,
      codebook: await loadCodebook(opts.codebook, opts.lang),
      commitments: result.commitments.length ? result.commitments : undefined,
      locale: opts.lang,
    }),
    opts.disclosure,
    opts.lang,
  );
  return { disclosed, files: result.files };
}

export function createProgram(
  io: Io,
  setCode: (code: number) => void,
  locale: Locale = 'en',
  env: NodeJS.ProcessEnv = process.env,
): Command {
  const l = cliLocalizer(locale);
  const langOption = () =>
    new Option('--lang <code>', l.t('help.lang'))
      .choices(['en', 'cy'])
      .default(normaliseLocale(env.NETWEAVE_LANG), l.t('help.langDefault'));
  const program = new Command('netweave')
    .description(l.t('help.description'))
    .version('0.1.0', '-V, --version', l.t('help.version'))
    .helpOption('-h, --help', l.t('help.help'))
    .helpCommand('help [command]', l.t('help.help'))
    .configureHelp(localisedHelp(l))
    .showHelpAfterError()
    .addHelpText('after', l.t('help.examples'))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(locale === 'cy' ? commanderErrorCy(s) : s),
    })
    .exitOverride();

  const common = (cmd: Command) =>
    cmd
      .option('--mapping <file>', l.t('help.mapping'))
      .option('--catalogue <file>', l.t('help.catalogue'))
      .option('--strict', l.t('help.strict'))
      .option('--quiet', l.t('help.quiet'))
      .addOption(langOption())
      .addOption(
        new Option('--max-issues <n>', l.t('help.maxIssues'))
          .default(200)
          .argParser((v) => Number.parseInt(v, 10)),
      )
      .option('--threads <n>', l.t('help.threads'), parseThreads(l));
  const analysis = (cmd: Command) =>
    common(cmd)
      .option('--by <dimensions>', l.t('help.by'), parseBy(l))
      .option('--threshold <n>', l.t('help.threshold'), parseThreshold(l))
      .addOption(
        new Option('--disclosure <rule>', l.t('help.disclosure'))
          .choices(DISCLOSURE_RULES as string[])
          .default('nhs'),
      )
      .option('--codebook <file>', l.t('help.codebook'))
      .option('--reliability', l.t('help.reliability'))
      .option('-o, --output <file>', l.t('help.output'));

  common(
    program.command('validate').argument('<files...>', l.t('help.files')).description(l.t('help.validate')),
  ).action(async (paths: string[], opts: CommonOptions) => {
    const { files } = await readAll(paths, opts, io, false);
    const { errors } = printIssues(files, io, opts.quiet, cliLocalizer(opts.lang));
    setCode(
      files.some((f) => f.format === 'unknown' || f.issues.some((i) => i.code === 'unreadable'))
        ? EXIT.noInput
        : errors
          ? EXIT.dataErrors
          : EXIT.ok,
    );
  });

  analysis(
    program
      .command('aggregate')
      .argument('<files...>', l.t('help.filesAll'))
      .description(l.t('help.aggregate')),
  )
    .addOption(
      new Option('--format <format>', l.t('help.format'))
        .choices(['json', 'csv', 'md', 'summary'])
        .default('json'),
    )
    .action(async (paths: string[], opts: CommonOptions & { format: string }) => {
      const lc = cliLocalizer(opts.lang);
      const analysed = await disclosedAnalysis(paths, opts, io, lc);
      if (typeof analysed === 'number') return setCode(analysed);
      const { disclosed } = analysed;
      // each format's writer is loaded only when asked for (JSON, the default, is small)
      const text =
        opts.format === 'csv'
          ? (await import('../output/to-csv.js')).analysisToCsv(disclosed)
          : opts.format === 'md'
            ? (await import('../output/to-markdown.js')).analysisToMarkdown(disclosed, { locale: opts.lang })
            : opts.format === 'summary'
              ? JSON.stringify(
                  (await import('../output/frequency-summary.js')).toFrequencySummary(disclosed),
                  null,
                  2,
                ) + '\n'
              : analysisToJson(disclosed);
      setCode(await write(opts.output, text, io, lc));
    });

  analysis(
    program.command('report').argument('<files...>', l.t('help.filesAll')).description(l.t('help.report')),
  )
    .option('--title <text>', l.t('help.title'))
    .action(async (paths: string[], opts: CommonOptions & { title?: string }) => {
      const lc = cliLocalizer(opts.lang);
      const analysed = await disclosedAnalysis(paths, opts, io, lc);
      if (typeof analysed === 'number') return setCode(analysed);
      const { disclosed } = analysed;
      const { renderHtmlReport } = await import('../output/html-report.js');
      setCode(
        await write(
          opts.output,
          renderHtmlReport(disclosed, {
            title: opts.title,
            locale: opts.lang,
            files: analysed.files.map((f) => ({ file: f.file, stats: f.stats })),
          }),
          io,
          lc,
        ),
      );
    });

  program
    .command('writeup')
    .argument('<files...>', l.t('help.filesWriteup'))
    .description(l.t('help.writeup'))
    .requiredOption('-o, --output <file>', l.t('help.outputWriteup'))
    .addOption(
      new Option('--disclosure <rule>', l.t('help.disclosure'))
        .choices(DISCLOSURE_RULES as string[])
        .default('nhs'),
    )
    .option('--catalogue <file>', l.t('help.catalogue'))
    .option('--quiet', l.t('help.quiet'))
    .addOption(langOption())
    .action(
      async (
        paths: string[],
        opts: {
          output: string;
          disclosure: DisclosureRule;
          catalogue?: string;
          quiet?: boolean;
          lang: Locale;
        },
      ) => {
        const lc = cliLocalizer(opts.lang);
        // the write-up (and its Word writer) is loaded for this command only
        const { WRITEUP_FORMATS, writeup } = await import('../writeup/writeup.js');
        const { readWriteupFiles } = await import('./writeup-files.js');
        const format = writeupFormat(opts.output, WRITEUP_FORMATS);
        if (!format) {
          io.stderr.write(`netweave: ${lc.t('writeup.format', { file: opts.output })}\n`);
          return setCode(EXIT.usage);
        }
        const catalogue = await loadCatalogue(opts.catalogue, opts.lang);
        const { input, files } = await readWriteupFiles(paths, { catalogue, lang: opts.lang, l: lc });
        // canonical exports: their problems and totals, as validate lists them (rows with errors left out)
        printIssues(files, io, opts.quiet, lc);
        const document = await writeup(
          { ...input, disclosure: opts.disclosure },
          { format, lang: opts.lang },
        );
        const code = await writeWhole(opts.output, document, io, lc);
        if (code === EXIT.ok && !opts.quiet)
          io.stderr.write(`${lc.t('writeup.written', { file: opts.output })}\n`);
        setCode(code);
      },
    );

  program
    .command('propose-mapping')
    .argument('<file>', l.t('help.export'))
    .option('--catalogue <file>', l.t('help.catalogue'))
    .option('-o, --output <file>', l.t('help.outputMapping'))
    .addOption(langOption())
    .description(l.t('help.proposeMapping'))
    .action(async (path: string, opts: { catalogue?: string; output?: string; lang: Locale }) => {
      const l = cliLocalizer(opts.lang);
      const tags = { check: l.t('mapping.check'), ok: l.t('mapping.ok'), none: l.t('mapping.none') };
      const width = Math.max(...Object.values(tags).map((t) => t.length));
      const [{ default: Papa }, { proposeMapping }, { createByteDecoder }] = await Promise.all([
        import('papaparse'),
        import('../mapping/propose-mapping.js'),
        import('../read/decode-bytes.js'),
      ]);
      let text: string;
      try {
        // UTF-16 or Windows-1252 exports are decoded as the readers decode them
        const decoder = createByteDecoder();
        text = decoder.write(await readText(path)) + decoder.end();
      } catch (error) {
        throw new InputError(
          l.t('error.read', { file: path, detail: (error as NodeJS.ErrnoException).code ?? String(error) }),
        );
      }
      const parsed = Papa.parse<string[]>(text, { preview: 21, skipEmptyLines: true });
      const [headers = [], ...rows] = parsed.data;
      const proposal = proposeMapping(headers, await loadCatalogue(opts.catalogue, opts.lang), rows);
      for (const [h, c] of Object.entries(proposal.confidence))
        io.stderr.write(
          `${(c < 0.7 ? tags.check : tags.ok).padEnd(width)} ${JSON.stringify(h)} → ${JSON.stringify(proposal.mapping.columns[h])} (${Math.round(c * 100)}%)\n`,
        );
      for (const h of proposal.unmatched)
        io.stderr.write(`${tags.none.padEnd(width)} ${JSON.stringify(h)}: ${l.t('mapping.unmatched')}\n`);
      if (proposal.unknownAnswers.length)
        io.stderr.write(
          `${l.t('mapping.answers', { answers: proposal.unknownAnswers.map((a) => JSON.stringify(a)).join(', ') })}\n`,
        );
      setCode(await write(opts.output, JSON.stringify(proposal.mapping, null, 2) + '\n', io, l));
    });
  return program;
}

export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr },
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let code: number = EXIT.ok;
  const program = createProgram(io, (c) => (code = c), cliLocale(argv.slice(2), env), env);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr.write(`netweave: ${error.message}\n`);
      return EXIT.noInput;
    }
    throw error;
  }
  return code;
}
