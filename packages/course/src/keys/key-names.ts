/** The names tracking keys are stored under in the lock; see keys.ts for their scopes. */
export const keyNames = {
  module: (id: string) => `m:${id}`,
  page: (id: string) => `p:${id}`,
  block: (id: string) => `b:${id}`,
  questionItem: (block: string, item: string) => `b:${block}/items/${item}`,
  option: (block: string, item: string, option: string) => `b:${block}/options/${item}/${option}`,
  sortCategory: (block: string, id: string) => `b:${block}/categories/${id}`,
  sortItem: (block: string, id: string) => `b:${block}/items/${id}`,
  scenarioNode: (block: string, id: string) => `b:${block}/nodes/${id}`,
  scenarioChoice: (block: string, node: string, choice: string) => `b:${block}/choices/${node}.${choice}`,
  likertItem: (block: string, id: string) => `b:${block}/items/${id}`,
} as const;
