import type { Answer } from '@odeme/core';
import type * as z from 'zod/mini';
import type {
  bankAccount,
  createBankAccountRequest,
  createMemberRequest,
  deleteBankAccountRequest,
  deleteMemberRequest,
  listAllMembersRequest,
  listMembersRequest,
  memberIdRequest,
  memberResponse,
  memberValueDate,
  newBankAccount,
  searchMemberRequest,
  setValueDateRequest,
  updateBankAccountRequest,
  updateMemberRequest,
  valueDate,
  valueDateResponse,
} from '../schemas/members.js';

/** A bank account of a new member (`BankAccounts[]` of `members.create`): currency, title and IBAN. */
export interface NewMemberBankAccount extends z.input<typeof newBankAccount> {}
/** A value date to set: `CalculationType`, `CalculationValue` and `Commission`. */
export interface MemberValueDateParams extends z.input<typeof valueDate> {}
/** What `members.create` takes (#79): the member, and its bank accounts and value date if you have them. */
export interface CreateMemberParams extends z.input<typeof createMemberRequest> {}
/** What `members.update` takes (#80): PayWall's `Id` of the member and its whole record. */
export interface UpdateMemberParams extends z.input<typeof updateMemberRequest> {}
/** What `members.remove` takes (#81): the member by PayWall's `Id` or your `MemberExternalId`. */
export interface RemoveMemberParams extends z.input<typeof deleteMemberRequest> {}
/** What `members.list` takes (#82): the page (`Start`, `Length`). */
export interface ListMembersParams extends z.input<typeof listMembersRequest> {}
/** What `members.listAll` takes: the page size (`Length`, default 100). */
export interface ListAllMembersParams extends z.input<typeof listAllMembersRequest> {}
/** What `members.search` takes (#83): PayWall's `MemberId` or your `MemberExternalId`. */
export interface SearchMemberParams extends z.input<typeof searchMemberRequest> {}
/** What `members.bankAccounts.create` takes (#84): the member, and the account's currency, title and IBAN. */
export interface CreateBankAccountParams extends z.input<typeof createBankAccountRequest> {}
/** What `members.bankAccounts.update` takes (#85): the account's `Id`, and its currency, title and IBAN. */
export interface UpdateBankAccountParams extends z.input<typeof updateBankAccountRequest> {}
/** What `members.bankAccounts.remove` takes (#86): the account's `Id`. */
export interface RemoveBankAccountParams extends z.input<typeof deleteBankAccountRequest> {}
/** What `members.bankAccounts.list` and `members.valueDates.get` take (#87, #89): PayWall's `MemberId`. */
export interface MemberIdParams extends z.input<typeof memberIdRequest> {}
/** What `members.valueDates.set` takes (#88): the member and its value date. */
export interface SetValueDateParams extends z.input<typeof setValueDateRequest> {}

/** A member's bank account (`MemberBankAccountResponse`): its `Id`, currency, title and IBAN. */
export interface MemberBankAccount extends Answer<z.output<typeof bankAccount>> {}
/** A value date inside a member answer: `CalculationType`, `CalculationValue`, `Commission`. */
export interface MemberValueDateInfo extends Answer<z.output<typeof memberValueDate>> {}
/** A member's value date with its id (`GET member/valuedate`). */
export interface MemberValueDate extends Answer<z.output<typeof valueDateResponse>> {}

/** A member (`MemberResponse`): PayWall's `Id`, its details, bank accounts and value date. */
export interface Member extends Omit<Answer<z.output<typeof memberResponse>>, 'BankAccounts' | 'ValueDate'> {
  /** Its bank accounts. */
  BankAccounts: MemberBankAccount[];
  /** Its value date, when set. */
  ValueDate?: MemberValueDateInfo | null | undefined;
}
