/**
 * The JSON Schema of a story file, made from the valibot schema the build checks with, so that
 * the two never disagree: what editors and tools get at /story.schema.json. It describes the
 * shape; the build checks more (offsets against the documents, dates against their words, …).
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import {
  ActorSchema,
  CitationSchema,
  DocumentSchema,
  EventSchema,
  EvidenceSchema,
  LaneSchema,
  MediaSchema,
  PeriodSchema,
  QuoteSchema,
  StoryFileSchema
} from './schema.ts';

export function storyJsonSchema(): JsonSchema {
  const schema = toJsonSchema(StoryFileSchema, {
    target: 'draft-07',
    // The file as written: before trimming, and without the checks JSON Schema cannot say
    // (a real calendar day, a known IANA zone), which the build makes.
    typeMode: 'input',
    errorMode: 'ignore',
    definitions: {
      Actor: ActorSchema,
      Citation: CitationSchema,
      Document: DocumentSchema,
      Event: EventSchema,
      Evidence: EvidenceSchema,
      Lane: LaneSchema,
      Media: MediaSchema,
      Period: PeriodSchema,
      Quote: QuoteSchema
    }
  });
  return {
    ...schema,
    title: 'Story file (content/stories/<id>/story.json)',
    description:
      'A news story as dated events, each tied to spans of its source documents. The build checks more than this schema says: see the README, "The story file format".'
  };
}
