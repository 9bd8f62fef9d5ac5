// Option parsers, exit statuses and the hints' command lines: pure pieces of the CLI.
import { CommanderError, InvalidArgumentError } from '@commander-js/extra-typings';
import { describe, expect, it } from 'vitest';
import { alreadyReported, EXIT, exitCodeFor } from '../../src/cli/exit.ts';
import { alphaValue, idList, intList, intListFrom0, languageList, parseMeter, positiveInt, seedValue } from '../../src/cli/options.ts';
import { briskCommand, shellQuote, UsageError } from '../../src/errors.ts';

describe('option parsers', () => {
  it('parse good values and name the option in every error', () => {
    expect(positiveInt('--jobs')('3')).toBe(3);
    expect(() => positiveInt('--jobs')('0')).toThrow('--jobs takes a whole number >= 1, got "0"');
    expect(intList('--k')('10,1,10')).toEqual([1, 10]);
    expect(() => intList('--k')('1,x')).toThrow(InvalidArgumentError);
    expect(intListFrom0('--rows')('5,0')).toEqual([0, 5]);
    expect(() => intListFrom0('--rows')('-1')).toThrow('--rows takes whole numbers >= 0');
    expect(idList(' a, b ,,c')).toEqual(['a', 'b', 'c']);
    expect(alphaValue('2.5')).toBe(2.5);
    expect(() => alphaValue('1')).toThrow('--alpha takes a number > 1, got "1"');
    expect(seedValue('-7')).toBe(-7);
    expect(() => seedValue('1.5')).toThrow('--seed takes an integer');
    expect(parseMeter('perf')).toBe('perf');
    expect(parseMeter('cycles')).toBe('cycles');
    expect(() => parseMeter('cycle')).toThrow(InvalidArgumentError);
    expect(languageList('python,javascript')).toEqual(['python', 'javascript']);
    expect(() => languageList('python,ts')).toThrow('--language takes python and/or javascript');
  });
});

describe('exit statuses', () => {
  it("2 for usage errors (commander's own included), 0 for help and version, 1 for anything else", () => {
    expect(exitCodeFor(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"))).toBe(EXIT.usage);
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(EXIT.ok);
    expect(exitCodeFor(new UsageError('--problems: unknown problem id(s): x'))).toBe(2);
    expect(exitCodeFor(new Error('the sandbox failed'))).toBe(1);
    expect(exitCodeFor('a string')).toBe(1);
    expect(alreadyReported(new CommanderError(1, 'c', 'm'))).toBe(true);
    expect(alreadyReported(new UsageError('m'))).toBe(false);
  });
});

describe('hint command lines', () => {
  it('are typed as npx brisk, quoted for a POSIX shell where needed', () => {
    expect(briskCommand(['run', '--samples', 'a.jsonl', '--k', '1,10'])).toBe('npx brisk run --samples a.jsonl --k 1,10');
    expect(briskCommand(['run', '--name', "it's mine", '--out', 'my reports/x'])).toBe(`npx brisk run --name 'it'\\''s mine' --out 'my reports/x'`);
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
  });
});
