// What the simulator keeps of MemberAPI (§4.6): members with their bank accounts and value date.

/** A member's payout bank account. */
export interface PayWallSimBankAccount {
  /** PayWall's id of the account. */
  id: number;
  /** §5 `CurrencyId`; one account per currency and member. */
  currencyId: number;
  /** The account holder's name. */
  title: string;
  /** The IBAN, electronic form. */
  iban: string;
}

/** A member's value date: when its earnings are paid out, and its commission. */
export interface PayWallSimValueDate {
  /** PayWall's id of the value date. */
  id: number;
  /** 1 days after approval, 2 a weekday, 3 a day of the month. */
  calculationType: number;
  /** Days, weekday or day of the month. */
  calculationValue: number;
  /** Commission, in hundredths (the simulator reads it as a percentage, 0–100). */
  commissionHundredths: number;
}

/** The scalar details of a member, as `POST member` and `PUT member` set them. */
export interface PayWallSimMemberDetails {
  /** A sub-merchant. */
  isSubMerchant: boolean;
  /** 1 individual, 2 sole proprietorship, 3 corporation (0 when not a sub-merchant and none given). */
  memberType: number;
  /** The merchant's own unique id of the member. */
  externalId: string;
  /** Short name. */
  name: string;
  /** Trade title or full name. */
  title: string;
  /** Tax office. */
  taxOffice: string | null;
  /** Tax number (VKN, or a sole proprietor's TCKN). */
  taxNumber: string | null;
  /** TCKN. */
  identityNumber: string | null;
  /** E-mail. */
  email: string | null;
  /** Phone, as sent. */
  phone: string | null;
  /** Address. */
  address: string;
  /** Contact person's first name. */
  contactName: string | null;
  /** Contact person's last name. */
  contactLastname: string | null;
}

/** A member as the simulator keeps it. */
export interface PayWallSimMember extends PayWallSimMemberDetails {
  /** PayWall's id of the member. */
  id: number;
  /** Its bank accounts, in the order they were added. */
  bankAccounts: PayWallSimBankAccount[];
  /** Its value date, once set. */
  valueDate: PayWallSimValueDate | undefined;
  /** Created, on the simulator's clock. */
  insertedAt: Date;
  /** Last changed, on the simulator's clock. */
  updatedAt: Date | undefined;
}
