import { lazySchema } from '@odeme/core';
import * as z from 'zod/mini';
import { infoBool as bool, info, infoList, infoNumber as num, orEmpty, settles, infoText as str } from './answer.js';
import { currencyId, int, merchantUniqueCode, newMerchantUniqueCode, positiveAmount, uniqueCode, wholeAmount } from './common.js';

// APM, alternative payment methods (§4.10, .NET `Apm*Request`). The .NET models mark no field required and give no
// length; what is required here is what a payment cannot go without (the method, the amount, the currency), and the
// rest is optional. Bodies go out with the package's PascalCase names (the server ignores name casing).

const text = (name: string) => z.string().check(z.minLength(1, `${name} is required`));
const url = (name: string) => z.string().check(z.refine((v) => URL.canParse(v), `${name} must be an absolute URL`));

/** The payer as the APM provider knows them (`Payer`); which field a provider needs depends on the provider. */
export const apmPayer = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** The payer's card number, for providers that charge a card they hold. */
    CardNumber: z.optional(text('Payer.CardNumber')),
    /** The payer's mobile phone, for wallet and OTP-based providers. */
    Phone: z.optional(text('Payer.Phone')),
    /** The payer's national id (TCKN), when the provider asks for it. */
    Identity: z.optional(text('Payer.Identity')),
  }),
);

/** One basket line of an APM payment (`ApmProducts`). */
export const apmProduct = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your product id. */
    ProductId: z.optional(z.string()),
    /** Product name. */
    ProductName: z.optional(z.string()),
    /** Product category. */
    ProductCategory: z.optional(z.string()),
    /** Product description. */
    ProductDescription: z.optional(z.string()),
    /** The line's amount, TL decimal exact to the kuruş, greater than zero. */
    ProductAmount: positiveAmount(),
  }),
);

/** Provider-specific parameters of `apm/pay` (`Provider.Parameters`): your merchant and terminal codes at the provider. */
export const apmProviderParameters = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your merchant code at the APM provider. */
    MerchantCode: z.optional(z.string()),
    /** Your terminal code at the APM provider. */
    TerminalCode: z.optional(z.string()),
  }),
);

const common = /* @__PURE__ */ lazySchema(() => ({
  /** Key of the APM provider (`ProviderKey` of `apm.list`). */
  ApmKey: z.optional(text('ApmKey')),
  /** Id of your connection to the provider (`ConnectionId` of `apm.list`). */
  ApmConnectionId: int().check(z.positive()),
  /** Currency id (§5, `PayWallCurrency`): 1 TRY, 2 USD, 3 EUR, 4 BAM, 5 MKD, 6 ALL, 7 GBP. */
  CurrencyId: currencyId(),
  /**
   * Your unique id of this payment (the call's `reference`): visible ASCII, at most 250 characters, since `apm.query`
   * sends it as a header; left out, a random UUID.
   */
  MerchantUniqueCode: z.optional(newMerchantUniqueCode()),
  /** Amount to charge, TL decimal (the `CurrencyId` currency), exact to the kuruş, greater than zero. */
  Amount: positiveAmount(),
  /** The payment's description, as the provider shows it. */
  Description: z.optional(z.string()),
}));

/** #116 `POST apm/pay`: a direct or OTP-based APM payment (`ApmPayRequest`). */
export const apmPayRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...common,
    /** The payer as the provider knows them. */
    Payer: z.optional(apmPayer),
    /** The basket. */
    Products: z.optional(z.array(apmProduct)),
    /** Provider-specific parameters. */
    Provider: z.optional(
      z.strictObject({
        /** Your merchant and terminal codes at the provider. */
        Parameters: z.optional(apmProviderParameters),
      }),
    ),
  }),
);

/** #117 `POST apm/pay/confirm/otp`: the code the payer received (`ApmPayConfirmOtpRequest`). */
export const apmConfirmOtpRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `UniqueCode` of the payment `apm.pay` answered with `PendingOtpConfirm: true`. */
    UniqueCode: uniqueCode(),
    /** The one-time code the payer received from the provider. */
    Otp: text('Otp'),
  }),
);

/**
 * #118 `POST apm/pay/qr/generate`: a payment the payer makes by scanning a QR code (`ApmQrGenerateRequest`).
 * `Provider` is an `object` in the .NET model and undocumented: a free-form object, sent as given.
 */
export const apmQrGenerateRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    ...common,
    /** Where the payer's app sends them after paying. */
    UserRedirectUrl: z.optional(url('UserRedirectUrl')),
    /** Your absolute URL PayWall returns the payer to on success. */
    MerchantSuccessBackUrl: z.optional(url('MerchantSuccessBackUrl')),
    /** Your absolute URL PayWall returns the payer to on failure. */
    MerchantFailBackUrl: z.optional(url('MerchantFailBackUrl')),
    /** Provider-specific parameters; PayWall documents no shape for this endpoint, so any JSON object goes as given. */
    Provider: z.optional(z.record(z.string(), z.unknown())),
  }),
);

/**
 * The amount of `apm/pay/byid` and `apm/pay/bykey`: the .NET model types it `int` and no page says in which unit
 * (TL or kuruş). A whole number greater than zero; sent as given, never converted.
 */
const wholeUnknownUnit = () => wholeAmount('Amount').check(z.refine((v: number) => v > 0, 'Amount must be greater than zero'));

const redirect = /* @__PURE__ */ lazySchema(() => ({
  /** Currency id (§5, `PayWallCurrency`). */
  CurrencyId: currencyId(),
  /** Your unique id of this payment (the call's `reference`); left out, a random UUID. */
  MerchantUniqueCode: z.optional(newMerchantUniqueCode()),
  /** Your absolute URL PayWall returns the payer to after a successful payment. */
  MerchantSuccessBackUrl: url('MerchantSuccessBackUrl'),
  /** Your absolute URL PayWall returns the payer to after a failed one. */
  MerchantFailBackUrl: url('MerchantFailBackUrl'),
  /**
   * Amount, a whole number: the .NET SDK sends it as `int` and PayWall does not say whether it is TL or kuruş.
   * Sent exactly as given; check the unit with PayWall before going live.
   */
  Amount: wholeUnknownUnit(),
  /** The payment's description. */
  Description: z.optional(z.string()),
}));

/** #119 `POST apm/pay/byid`: a redirect payment with the provider chosen by id (`ApmPayByIdRequest`). */
export const apmPayByIdRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Id of the APM provider (`ProviderId` of `apm.list`). */
    ApmId: int().check(z.positive()),
    ...redirect,
  }),
);

/** #120 `POST apm/pay/bykey`: a redirect payment with the provider chosen by key (`ApmPayByKeyRequest`). */
export const apmPayByKeyRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Key of the APM provider (`ProviderKey` of `apm.list`). */
    ApmKey: text('ApmKey'),
    ...redirect,
  }),
);

/** #115 `GET apm/list`: headers `currencyid`, `externalid`, `focusedfeature`, `distinctduplicates`, all optional. */
export const apmListRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Only providers of this currency (§5), header `currencyid`. */
    CurrencyId: z.optional(currencyId()),
    /** Only connections with this external id of yours, header `externalid`. */
    ExternalId: z.optional(text('ExternalId')),
    /** Only providers with this feature, header `focusedfeature` (the docs show `qr`; the full set is not published). */
    FocusedFeature: z.optional(text('FocusedFeature')),
    /** Collapse providers reachable through several connections, header `distinctduplicates`. */
    DistinctDuplicates: z.optional(z.boolean()),
  }),
);

/** #121 `GET apm/query`: header `merchantuniquecode`. */
export const apmQueryRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** Your `MerchantUniqueCode` of the APM payment, sent as the `merchantuniquecode` header. */
    MerchantUniqueCode: merchantUniqueCode(),
  }),
);

/** #122 `POST apm/refund`: refunds an APM payment in full (`ApmRefundRequest`). */
export const apmRefundRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `UniqueCode` of the APM payment. */
    UniqueCode: uniqueCode(),
  }),
);

/** #123 `POST apm/refund/partial`: refunds part of an APM payment (`ApmRefundPartialRequest`). */
export const apmPartialRefundRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `UniqueCode` of the APM payment. */
    UniqueCode: uniqueCode(),
    /** Amount to refund, TL decimal exact to the kuruş, greater than zero and at most what is left of the payment. */
    Amount: positiveAmount(),
  }),
);

/** #124 `POST apm/provision/close` (docs only): captures `Amount` of an APM pre-authorisation. */
export const apmProvisionCloseRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `UniqueCode` of the APM payment. */
    UniqueCode: uniqueCode(),
    /** Amount to capture, TL decimal exact to the kuruş, greater than zero. */
    Amount: positiveAmount(),
  }),
);

/** #125 `POST apm/provision/cancel` (docs only): releases an APM pre-authorisation. */
export const apmProvisionCancelRequest = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    /** PayWall's `UniqueCode` of the APM payment. */
    UniqueCode: uniqueCode(),
  }),
);

/** What the provider answered, as PayWall relays it (`ProviderDummyResponse.Body`). */
export const apmProviderBody = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The provider accepted the operation. */
    Success: bool,
    /** The provider's own code (text or number). */
    Code: info(z.union([z.string(), z.number()])),
    /** The provider's message. */
    Message: str,
    /** The provider's status number. */
    Status: num,
    /** Seconds the payer has to enter the OTP. */
    OtpVerifyCounterInSeconds: num,
    /** The provider's id of the transaction. */
    Id: num,
    /** The provider's service id. */
    ServiceId: num,
    /** The provider's batch number. */
    BatchNo: num,
    /** The provider's sequence number of the transaction. */
    TransactionSequenceNumber: num,
    /** The amount the provider charged or refunded, decimal. */
    TransactionAmount: num,
    /** The provider's approval code. */
    TransactionApprovalCode: str,
    /** The provider's loyalty message. */
    LoyaltyMessage: str,
    /** The provider's hash. */
    Hash: str,
  }),
);

/** The provider's answer relayed by PayWall (`ProviderDummyResponse`). */
export const apmProviderResponse = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** The provider's error code (0 when none). */
    ErrorCode: num,
    /** The provider's answer. */
    Body: info(apmProviderBody),
    /** The provider's HTTP status. */
    HttpCode: num,
  }),
);

const transaction = /* @__PURE__ */ lazySchema(() => ({
  /** Key of the APM provider. */
  ApmKey: str,
  /** Id of your connection to the provider. */
  ApmConnectionId: num,
  /** PayWall's id of the APM transaction. */
  ApmTransactionId: settles(int()),
  /** PayWall's unique code of the payment: what OTP confirm and refunds take. */
  UniqueCode: str,
  /** Your `MerchantUniqueCode`, echoed. */
  MerchantUniqueCode: str,
  /** The amount, decimal exact to the kuruş. */
  Amount: settles(z.number()),
}));

/** Body of #116 (`ApmPayResponse`): the payment PayWall recorded, and whether it waits for an OTP. */
export const apmPayResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      ...transaction,
      /** The payer must confirm with the code they received: call `apm.confirmOtp` with `UniqueCode`. */
      PendingOtpConfirm: settles(z.boolean()),
      /** The provider's answer. */
      ProviderDummyResponse: info(apmProviderResponse),
    }),
  ),
);

/** Body of #117, #122, #123 (`ApmPayConfirmOtpResponse`, `ApmRefundResponse`): the transaction and the provider's answer. */
export const apmTransactionResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      ...transaction,
      /** The provider's answer. */
      ProviderDummyResponse: info(apmProviderResponse),
    }),
  ),
);

/** The QR code to show (`QrDetail`). */
export const apmQrDetail = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Format of `Content` (PayWall does not publish the table; the simulator writes 1 for text to encode). */
    FormatType: num,
    /** What the QR code holds. */
    Content: str,
  }),
);

/** Body of #118 (`ApmQrGenerateResponse`): the payment and its QR code. */
export const apmQrResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      ...transaction,
      /** The QR code to show the payer. */
      QrDetail: info(apmQrDetail),
    }),
  ),
);

/** The transaction of a redirect payment (`ApmTransaction`). */
export const apmRedirectTransaction = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** PayWall's id of the APM transaction. */
    ApmTransactionId: settles(int()),
    /** PayWall's unique code of the payment. */
    UniqueCode: str,
    /** Your `MerchantUniqueCode`, echoed. */
    MerchantUniqueCode: str,
    /** The amount as PayWall recorded it (the .NET SDK reads a `double`; unit as sent). */
    Amount: settles(z.number()),
  }),
);

/** Body of #119, #120 (`ApmPayByIdResponse`): where to send the payer, and the transaction. */
export const apmRedirectResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** Open it in the payer's browser: the provider's page, which returns to your success or fail URL. */
      RedirectUrl: settles(z.string()),
      /** The transaction PayWall recorded. */
      Transaction: info(apmRedirectTransaction),
    }),
  ),
);

/** What a provider supports (`Features`). */
export const apmFeatures = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Pays with `apm.pay` and an OTP confirm. */
    OtpBased: bool,
    /** Pays with `apm.qrGenerate`. */
    QrBased: bool,
    /** Pays on the provider's page (`apm.payById`, `apm.payByKey`). */
    CheckoutBased: bool,
    /** Pays with `apm.pay` alone. */
    DirectPayBased: bool,
  }),
);

/** One provider you are connected to (`ApmListResponse`). */
export const apmProvider = /* @__PURE__ */ lazySchema(() =>
  z.looseObject({
    /** Id of the provider (`ApmId` of `apm.payById`). */
    ProviderId: num,
    /** Key of the provider (`ApmKey`). */
    ProviderKey: str,
    /** Name of the provider. */
    ProviderName: str,
    /** Category name (wallet, bank transfer…). */
    CategoryName: str,
    /** Id of your connection (`ApmConnectionId`). */
    ConnectionId: num,
    /** The connection takes an external id. */
    ExternalIdSupport: bool,
    /** Your external id of the connection. */
    ExternalId: str,
    /** Address of the provider's logo. */
    Logo: str,
    /** What the provider supports. */
    Features: info(apmFeatures),
  }),
);

/** Body of #115: the providers (`[]` when PayWall sends none or `null`). */
export const apmListResponse = /* @__PURE__ */ lazySchema(() => infoList(apmProvider));

/** Body of #121 (`ApmQueryResponse`): an APM payment's state. Check `StatusId` before acting. */
export const apmQueryResponse = /* @__PURE__ */ lazySchema(() =>
  orEmpty(
    z.looseObject({
      /** Id of your connection to the provider. */
      ApmConnectionId: num,
      /** Key of the provider. */
      ApmProviderKey: str,
      /** PayWall's id of the APM transaction. */
      ApmTransactionId: settles(int()),
      /** Currency id (§5, `PayWallCurrency`). */
      CurrencyId: settles(z.number()),
      /** Your `MerchantUniqueCode`. */
      MerchantUniqueCode: str,
      /** PayWall's unique code of the payment. */
      UniqueCode: str,
      /** Your success URL (redirect payments). */
      MerchantSuccessBackUrl: str,
      /** Your fail URL (redirect payments). */
      MerchantFailBackUrl: str,
      /** The amount, decimal. */
      Amount: settles(z.number()),
      /** The description sent. */
      Description: str,
      /** Channel of the request. */
      ChannelType: num,
      /** Status id, in the payment numbering (§5): 1 created, 2 started, 4 successful, 5 failed. */
      StatusId: settles(z.number()),
      /** Name of the status. */
      Status: str,
      /** Type id of the last activity (ids not published; read `Type`). */
      TypeId: num,
      /** Name of the type. */
      Type: str,
      /** IP address the request came from. */
      Ip: str,
      /** When the payment was made: date-time text as PayWall sends it (not converted). */
      DateTime: str,
    }),
  ),
);

/**
 * Body of #124, #125 (docs only): the docs show the envelope with `ErrorCodeType` and `ErrorMessage` and no body
 * fields, so any object PayWall sends is kept as given.
 */
export const apmProvisionResponse = /* @__PURE__ */ lazySchema(() => orEmpty(z.record(z.string(), z.unknown())));
