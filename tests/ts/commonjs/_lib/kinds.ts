export enum Kind { A = "a", B = "b" }
export interface Props { kind: Kind }
export const kindCount = 2;
