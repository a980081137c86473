/**
 * The page's words, shared by its components through one context: the root layout sets it
 * from the locale its server load chose (the story's language, else the site's), and a part of
 * a page in another language (a story on the home page) sets its own for what it holds.
 */
import { getContext, setContext } from 'svelte';
import { Messages, type Locale } from './messages.ts';

const KEY = Symbol('messages');

/** Sets the words for this component and those inside it; `locale` is read as it changes. */
export function setMessages(locale: () => Locale): Messages {
  return setContext(KEY, new Messages(locale));
}

/** The words set by the nearest setMessages above (the root layout's, at least). */
export const getMessages = (): Messages => getContext(KEY);

/** The context that setMessages makes, for rendering a component on its own (a test). */
export const messagesContext = (locale: Locale): Map<symbol, Messages> =>
  new Map([[KEY, new Messages(() => locale)]]);
