/**
 * A WHERE clause made of optional filters whose values are all bind parameters: the SQL text is
 * the caller's own and fixed, `add('e.year = ?', 2024)` appends `e.year = $n` with the value as
 * parameter n. Starts from the clause that is always there (the organization) and its parameters.
 */
export class SqlFilter {
  private readonly params: unknown[];
  private readonly clauses: string[];

  constructor(first: string, params: unknown[]) {
    this.clauses = [first];
    this.params = [...params];
  }

  /** A condition with one value; its `?` becomes the value's parameter. */
  add(sql: string, value: unknown): this {
    this.params.push(value);
    this.clauses.push(sql.replace('?', `$${this.params.length}`));
    return this;
  }

  /** A condition without a value. */
  require(sql: string): this {
    this.clauses.push(sql);
    return this;
  }

  /** The conditions joined with AND, and the parameters in their numbering. */
  build(): { where: string; params: unknown[] } {
    return { where: this.clauses.join(' AND '), params: [...this.params] };
  }
}
