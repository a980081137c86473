/** The part of @adobe/structured-data-validator (plain JavaScript, no types) that tests use. */
declare module '@adobe/structured-data-validator' {
  export interface ValidationIssue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    fieldNames?: string[];
  }
  /** Validates extracted structured data against schema.org's vocabulary (its JSON-LD). */
  export default class Validator {
    constructor(schemaOrgJson: { '@graph': unknown[] });
    validate(data: { jsonld?: Record<string, unknown[]> }): Promise<ValidationIssue[]>;
  }
}
