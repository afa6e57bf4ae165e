import { Command, CommanderError } from 'commander';
import { registerCourse } from './commands/course.ts';
import { registerCreateAdmin } from './commands/create-admin.ts';
import { registerIoc } from './commands/ioc.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerSeedDemo } from './commands/seed-demo.ts';
import { registerUsers } from './commands/users.ts';
import { EXIT } from './exit-codes.ts';
import { describeFailure } from './failure.ts';

/** Runs the CLI and returns its exit code (0 ok, 1 the command failed, 2 wrong usage or configuration). */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('destalk')
    .description('Operate a DeStalk platform: database migrations, administrators, demo content, accounts.')
    .showHelpAfterError()
    .exitOverride();
  registerMigrate(program);
  registerCreateAdmin(program);
  registerSeedDemo(program);
  registerUsers(program);
  registerIoc(program);
  registerCourse(program);
  try {
    await program.parseAsync(argv);
    // A command may set its own exit code (ioc scan: 1 when it found something).
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end "with an error" in commander's model; they are successes.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    const failure = describeFailure(error);
    process.stderr.write(`destalk: ${failure.message}\n`);
    return failure.exitCode;
  }
}
