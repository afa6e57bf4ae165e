/** A one-line progress bar on a terminal (stderr), redrawn at most ten times a second. */
export class ProgressBar {
  #last = 0;
  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly total: number,
    private readonly label: string,
  ) {}

  update(done: number): void {
    const now = Date.now();
    if (now - this.#last < 100 && done < this.total) return;
    this.#last = now;
    const share = Math.min(1, done / this.total);
    const width = 30;
    const filled = Math.round(share * width);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    this.out.write(`\r${this.label.slice(-30).padEnd(30)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${mb(done)}/${mb(this.total)} MB`);
  }

  done(): void {
    this.out.write('\n');
  }
}
