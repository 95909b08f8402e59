/**
 * PayWall's two published error numberings (spec §3.2). Which API answers with which list is not documented:
 * the SDK reads PaymentAPI answers with the payment list and the other hosts with the common list, and always
 * exposes both readings on the error so nothing is lost when that guess is wrong.
 */

/** (a) The "Payment API Error Codes" list of the developer docs, meanings restated. Codes from 42 up are not public. */
export const PAYWALL_PAYMENT_ERROR_CODES: Readonly<Record<number, string>> = {
  [-1]: 'payment not found / request cannot be processed / general error',
  0: 'success',
  1: 'failure',
  2: 'unexpected parameters',
  3: 'unsupported provider',
  4: 'MerchantUniqueCode already used',
  5: 'no suitable provider for the payment',
  6: 'environment/address configuration missing',
  7: 'payment already finalised',
  8: 'unexpected currency',
  9: 'unexpected installment',
  10: 'unexpected MerchantUniqueCode',
  11: 'unexpected MerchantSuccessBackUrl',
  12: 'unexpected MerchantFailBackUrl',
  13: 'unexpected card holder',
  14: 'unexpected card number',
  15: 'unexpected expiry month',
  16: 'unexpected expiry year',
  17: 'unexpected payment detail',
  18: 'unexpected card detail',
  19: 'card expired',
  20: 'provider credentials not configured',
  21: 'stored-card UniqueCode invalid',
  22: 'stored card not found',
  23: 'stored card disabled',
  24: 'provider not connected',
  25: 'product list empty',
  26: 'product total differs from the transaction amount',
  27: 'MemberId required for marketplace accounts',
  28: 'product list has an invalid MemberId',
  29: 'marketplace: unexpected request',
  30: 'marketplace: no product to approve',
  31: 'marketplace: no payment to approve',
  32: 'marketplace: payment not found',
  33: 'marketplace: no product to report',
  34: 'marketplace: earning not found',
  35: 'marketplace: earning already sent',
  36: 'invalid DiscountOwnerType in products',
  37: 'invalid DiscountType',
  38: 'invalid discount percentage',
  39: 'invalid discount amount',
  40: 'invalid shipping (cargo) type',
  41: 'invalid shipping currency',
};

// (b) The official .NET SDK's `ErrorCodes` enum, packed as `code=Name;` to keep the table readable in one place.
const COMMON_PACKED =
  '-1=SystemMessage;0=Success;1=Unsuccessful;2=InvalidData;3=NoData;4=HeaderMissing;5=Exception;6=InvalidMail;7=InvalidPhone;8=ThereIsNoSuchParent;' +
  '9=InvalidPassword;10=InvalidTwoFactorType;11=TwoFactorAlreadyExists;12=MerchantNotFound;13=AlreadyExistsPaymentProviderInfo;' +
  '14=PaymentGatewayProviderNotFound;15=InvalidBase64;16=LogoUploadError;17=InvalidMerchantCredentialType;18=MerchantAlreadyExists;' +
  '19=PaymentProviderCredentialParamNotFound;20=PaymentProviderAlreadyActivated;21=UnexpectedPaymentProviderCredentialParam;' +
  '22=AbsentPaymentProviderCredentialParam;23=InvalidIdentityNumber;24=InvalidIdentityTaxAddress;25=EmptyManagerName;26=EmptyManagerLastname;' +
  '27=EmptyManagerPhone;28=InvalidManagerPhone;29=EmptyManagerEmail;30=InvalidManagerEmail;31=EmptyManagerIdentity;32=EmptyManagerBirthday;' +
  '33=EmptyMerchantAddress;34=InvalidCompanyType;35=PaymentGatewayNotConnected;36=InvalidEmail;37=CannotPayAgain;38=UserPasswordLocked;' +
  '39=UserExpiredPassword;40=OTPError;41=ReturnedOTPCode;42=UserNotFound;43=UserDeleted;44=UserDeactivated;45=UserAlreadyExists;46=UserCouldNotAdd;' +
  '47=MerchantUserCouldNotAdd;48=UserPasswordCouldNotAdd;49=IntegrationCredentialCouldNotAdd;50=InvalidCardNumber;51=Amount;52=InvalidInstallment;' +
  '53=InvalidCurrency;54=PasswordSimilarity;55=CredentialParamAlreadyExist;56=PaymentNotFound;57=PaymentActivityNotFound;58=EmptyInvoiceEmail;' +
  '59=InvalidInvoiceEmail;60=EmptyWebsite;61=InvalidWebsite;62=IdentityAlreadyExists;63=DisposablePassword;64=IntegrationCredentialNotFound;' +
  '65=InvalidEndOfDay;66=PaymentGatewayNotFound;67=PaymentGatewayNotSupportOnUs;68=InvalidIdentityTaxNumber;69=DocumentTypeNotFound;' +
  '70=DocumentUploadError;71=InvalidSuccessfulCommission;72=InvalidRefundCommission;73=InvalidCancellationCommission;74=PaywallCommissionNotFound;' +
  '75=InvoiceNotFound;76=InvoiceStatusNotFound;77=InvalidInvoiceStatusToPay;78=InvoiceAlreadyExists;79=EarningNotFound;80=InvoiceCouldNotGenerate;' +
  '81=InvoiceStatusCouldNotAdd;82=InvoiceDetailCouldNotAdd;83=InvalidManagerIdentity;84=InvoiceCannotGenerateForFuture;85=InvalidPGPEnvironmentType;' +
  '86=PaymentGatewayProviderEnvironmentNotFound;87=PaymentGatewayProviderEnvironmentAlreadyExists;88=PaymentGatewayProviderEndpointAlreadyExist;' +
  '89=PaymentGatewayProviderEndpointNotFound;90=IntegrationCredentialAlreadyExists;91=AccountPasswordMissing;92=PaymentNotConvenientForOperation;' +
  '93=PaymentHasSuccessfulRefund;94=PaymentHasSuccessfulCancel;95=PaymentGatewayNotSupportOperation;96=PaymentGatewayProviderErrorCodeAlreadyExists;' +
  '97=PaymentAlreadyFinalized;98=PaymentGatewayProviderCurrencyAlreadyExists;99=UnexpectedCurrency;100=UnexpectedInstallment;' +
  '101=UnexpectedMerchantUniqueCode;102=UnexpectedSuccessBackUrl;103=UnexpectedFailBackUrl;104=UnexpectedCardOwner;105=UnexpectedCardNumber;' +
  '106=UnexpectedCardExpired;107=UnexpectedCardExpireMonth;108=UnexpectedCardExpireYear;109=UnexpectedPaymentDetail;110=UnexpectedCard;111=PaymentError;' +
  '112=PaymentAmountNotConvenient;113=DateRangeMustBeLessThan31Days;114=InvalidPaymentTag;115=CardNotFoundInCardWall;116=CardNotAvailableInCardWall;' +
  '117=CardOfCardWallException;118=CardUniqueCodeInvalidOfCardWall;119=MerchantUniqueCodeAlreadyExist;120=EWalletGatewayProviderNotFound;' +
  '121=InvalidEWGPEnvironmentType;122=EWalletGatewayProviderEnvironmentAlreadyExists;123=EWalletGatewayProviderEnvironmentNotFound;' +
  '124=EWalletGatewayProviderEndpointAlreadyExist;125=EWalletGatewayProviderCurrencyAlreadyExists;126=AlreadyExistsEWalletProviderInfo;' +
  '127=LinkQrUploadPhotoError;128=PhotoIsRequiredSalesProduct;129=PaymentLinkNotFound;130=PaymentLinkNoAnyChanges;131=InvalidSalesId;132=PaymentLinkId;' +
  '133=PaymentLinkNeedsAgreementApprove;134=PaymentLinkQuantityRequired;135=PaymentLinkQuantityCannotMoreStock;136=PaymentLinkExpired;' +
  '137=PaymentLinkError;138=PhotoIsTooLarge;139=PaymentCheckoutNotFound;140=PaymentCheckoutExpired;141=PaymentCheckoutUniqueCodeEmpty;' +
  '142=PaymentCheckoutInvalidAmount;143=PaymentCheckoutCouldNotGenerate;144=PaymentCheckoutId;145=PaymentCheckoutNeedsAgreementApprove;' +
  '146=PaymentCheckoutMustBeThreeD;147=PaymentCheckoutError;148=PaymentCheckoutExistsUniqueCode;149=PaymentCheckoutIsPaid;' +
  '150=PaymentCheckoutSuccessBackUrl;151=PaymentCheckoutFailBackUrl;152=PaymentCheckoutProductLimit;153=PaymentCheckoutReceiverInfoEmpty;' +
  '154=PaymentCheckoutReceiverFirstnameEmpty;155=PaymentCheckoutReceiverLastnameEmpty;156=PaymentCheckoutReceiverPhoneEmpty;' +
  '157=PaymentCheckoutReceiverEmailEmpty;158=PaymentCheckoutReceiverAddressInfoEmpty;159=PaymentCheckoutReceiverProvinceEmpty;' +
  '160=PaymentCheckoutReceiverDistrictEmpty;161=PaymentCheckoutReceiverAddressEmpty;162=PaymentCheckoutReceiverNoteEmpty;163=CallbackAddressMustBeFilled;' +
  '164=CallbackAddressLimit;165=CallbackAddressIdEmpty;166=InvalidCallbackAddress;167=CallbackAddressNotFound;168=CallbackAddressNoAnyChanges;' +
  '169=PayJumpDelayMsMustBeLess;170=PayJumpRetryCountMustBeLess;171=DocumentLimitReach;172=PayBalancerNameEmpty;173=PayBalancerInvalidCurrency;' +
  '174=PayBalancerInvalidPeriodType;175=PayBalancerEmptyFlow;176=PayBalancerInvalidFlowPoolType;177=PayBalancerInvalidAmount;178=PayBalancerLimitReached;' +
  '179=PayBalancerInvalidPaymentGateway;180=PayBalancerUnsuccessAddMain;181=PayBalancerUnsuccessAddFlow;182=PayBalancerUnsuccessInSave;' +
  '183=PayBalancerNotFound;184=PayBalancerFlowNotFound;185=PayBalancerFlowElementReachedToLimit;186=PayBalancerAlreadyInUse;' +
  '187=PayBalancerAlreadyNotInUse;188=PayBalancerFlowContainsDuplicateSort;189=PayBalancerFlowContainsNotConnectedGateway;' +
  '190=PayBalancerFlowSaveUnsuccessful;191=PayBalancerFlowNoAnyChanges;192=PayBalancerFlowContainsWrongId;193=PayBalancerFlowContainsWrongPaymentGateway;' +
  '194=PayBalancerNoAnyChanges;195=InvalidPayRouteType;196=PayRoutePayBalancerMustHasAllCurrencies;197=PayRouteConnectedToPayBalancer;198=MemberNotFound;' +
  '199=MemberAPINotSupportedWay;200=MemberTypeInvalid;201=MemberExternalIdRequired;202=MemberNameRequired;203=MemberTitleRequired;' +
  '204=MemberTaxOfficeRequired;205=MemberTaxNumberRequired;206=MemberIdentityNumberRequired;207=MemberEmailRequired;208=MemberPhoneRequired;' +
  '209=MemberAddressRequired;210=MemberContactNameRequired;211=MemberContactLastnameRequired;212=MemberInputLengthInCorrect;213=MemberTaxNumberInvalid;' +
  '214=MemberIdentityInvalid;215=MemberMailInvalid;216=MemberPhoneInvalid;217=MemberBankAccountContainsInvalidCurrency;' +
  '218=MemberBankAccountContainsEmptyTitle;219=MemberBankAccountContainsEmptyIban;220=MemberBankAccountTitleTooLong;221=MemberBankAccountIbanTooLong;' +
  '222=MemberBankAccountInvalidIban;223=MemberIdOrExternalIdMustBeFilled;224=MemberInvalidOperation;225=MemberNoAnyChanges;' +
  '226=MemberBankAccountContainsMultipleCurrency;227=MemberAlreadyExist;228=MemberIdRequired;229=MemberBankAccountExistForCurrency;' +
  '230=MemberBankAccountIdRequired;231=MemberBankAccountNotFound;232=MemberBankAccountNoAnyChanges;233=MemberValueDateCalculationTypeInvalid;' +
  '234=MemberValueDateCalculationValueInvalid;235=MemberValueDateCommissionInvalid;236=MemberValueDateNotFound;237=MarketPlaceSettingsNotFound;' +
  '238=MarketPlaceInvalidType;239=MarketPlaceChangesNotFound;240=MarketPlaceNotSupportThisTypeYet;241=PayoutProviderNotFound;' +
  '242=PayoutProviderCredentialParamNotFound;243=UnexpectedPayoutProviderCredentialParam;244=AbsentPayoutProviderCredentialParam;' +
  '245=PayoutProviderEndpointNotFound;246=PayoutConnectionNotFound;247=PayoutProviderCurrencyInvalid;248=PayoutProviderEndpointInvalid;' +
  '249=PayoutCommunicationNotFound;250=PayoutActivityNotFound;251=PayoutTransactionNotFound;252=MarketPlaceNeedsMainPayout;' +
  '253=MerchantBankAccountContainsInvalidCurrency;254=MerchantBankAccountContainsEmptyTitle;255=MerchantBankAccountContainsEmptyIban;' +
  '256=MerchantBankAccountTitleTooLong;257=MerchantBankAccountIbanTooLong;258=MerchantBankAccountInvalidIban;259=MerchantBankAccountExistForCurrency;' +
  '260=MerchantBankAccountIdRequired;261=MerchantBankAccountNotFound;262=MerchantBankAccountNoAnyChanges;263=MarketPlaceUsesThisPayoutProvider;' +
  '264=MarketPlaceDebtNotFound;265=MarketPlaceDebtNotAvailableToPay;266=MemberNotFoundToSendDebt;267=MemberBankAccountNotFoundToSendDebt;' +
  '268=PayoutConnectionCurrencyInCorrect;269=ThisOperationCannotDoInThisTime;270=CardProductionNotFound;271=CardProductionCredentialParamNotFound;' +
  '272=UnexpectedCardProductionCredentialParam;273=AbsentCardProductionCredentialParam;274=CardProductionEndpointNotFound;' +
  '275=CardProductionConnectionNotFound;276=CardProductionCurrencyInvalid;277=CardProductionEndpointInvalid;278=CardProductionCardNotFound;' +
  '279=CardStatusNotAvailableForThis;280=CardNotHaveExternalInfo;281=ApmProviderNotFound;282=ApmProviderCredentialParamNotFound;' +
  '283=UnexpectedApmProviderCredentialParam;284=AbsentApmProviderCredentialParam;285=ApmProviderEndpointNotFound;286=ApmConnectionNotFound;' +
  '287=ApmProviderCurrencyInvalid;288=ApmProviderEndpointInvalid;289=ApmTransactionCouldNotGenerated;290=ApmMerchantUniqueCodeTooLong;' +
  '291=ApmSuccessBackUrlTooLong;292=ApmFailBackUrlTooLong;293=ApmCommunicationNotFound;294=ApmActivityNotFound;295=ApmActivityNotAvailableForPayment;' +
  '296=ApmTransactionNotFound;297=CardProductionInsufficientFunds;298=CardProductionInvalidPhoneNumber;299=CardProductionMerchantAccountNotActive;' +
  '300=CardProductionMerchantNotAuthorizedForThisOperation;301=CardProductionDefinedBrandNotFound;302=CardProductionCategoryNotFound;' +
  '303=PaymentProductAlreadyApproved;304=MarketPlaceCannotUserRecurring;305=SubscriptionTypeInvalid;306=SubscriptionPeriodTypeInvalid;' +
  '307=SubscriptionInvalidTrialDay;308=SubscriptionFailAttemptInvalid;309=SubscriptionFailAttemptPendingHourInvalid;310=SubscriptionItemsEmpty;' +
  '311=SubscriptionItemsContainsInvalidType;312=SubscriptionItemsMissingName;313=SubscriptionItemsContainsTooLongName;314=SubscriptionAmountNotEqualItems;' +
  '315=SubscriptionCustomerObjectInvalid;316=SubscriptionCustomerNameTooLong;317=SubscriptionCustomerLastnameTooLong;318=SubscriptionCustomerPhoneInvalid;' +
  '319=SubscriptionCustomerPhoneTooLong;320=SubscriptionCustomerEmailInvalid;321=SubscriptionCustomerEmailTooLong;322=SubscriptionAlreadyExists;' +
  '323=SubscriptionNotFound;324=SubscriptionItemNotFound;325=SubscriptionAlreadyPassive;326=SubscriptionAlreadyActive;327=SubscriptionDoesNotHasCard;' +
  '328=SubscriptionCardExpired;329=SubscriptionLastItemCannotDelete;330=SubscriptionAmountInvalid;331=CardProductionExternalIdTooLong;' +
  '332=CardProductionPhoneTooLong;333=CardProductionDescriptionTooLong;334=InvalidEnvironmentType;335=EnvironmentNotFound;336=EnvironmentAlreadyExists;' +
  '337=EndpointAlreadyExist;338=EndpointNotFound;339=CurrencyAlreadyExists;340=PaymentGatewayProviderErrorCodeNotFound;341=SubscriptionItemPoolNotFound;' +
  '342=SubscriptionItemsContainsInvalidPoolId;343=SubscriptionCustomerNotFoundInPool;344=SubscriptionCustomerCouldNotInsertToPool;' +
  '345=SubscriptionCustomerNameMustFilled;346=SubscriptionCustomerLastnameMustFilled;347=SubscriptionCustomerPoolNotFound;' +
  '348=SubscriptionCustomerPoolInUse;349=SubscriptionLastCardCannotDelete;350=SubscriptionCardLimitReached;351=NoAnyChanges;' +
  '352=SubscriptionPeriodCountInvalid;353=PaymentHasEarningOperationRefused;354=NoPermissionAndDataInRequest;355=RequestExistsWrongPermissionGroup;' +
  '356=RequestExistsWrongPermission;357=PermissionAssociationNotFound;358=PermissionAssociationAlreadyExists;' +
  '359=ApmTransactionStatusNotConvenientForThisOperation;360=ApmTransactionHasRefundActivity;361=ReflectionDateCannotWeekend;' +
  '362=MarketPlaceEarningChangesRefused;363=ReflectionDateInvalid;364=ReflectionDateInvalidAfter16SameDay;365=EarningAmountInvalid;' +
  '366=MarketPlaceEarningAlreadyInPaymentQueue;367=MarketPlaceEarningAlreadyInReTry;368=MarketPlaceEarningAlreadySuccess;' +
  '369=MarketPlaceEarningNoAnyUnsuccessful;370=MarketPlaceInvalidProcessTime;371=SpecialKeyNotFound;372=SpecialKeyAlreadyExists;' +
  '373=ApmPartialRefundAmountMoreThanTransactionAmount;374=ApmSectorNotFound;375=ApmProviderDefaultSectorNotFound;376=ApmProviderSectorNotFound;' +
  '377=ApmProviderSectorAlreadyExists;378=PaymentProviderCredentialParamAlreadyExists;379=PayoutCredentialParamAlreadyExists;' +
  '380=ApmCredentialParamAlreadyExists;381=CardProductionCredentialParamAlreadyExists;382=InvalidReportType;383=InvalidFilePassword;384=InvalidReceiver;' +
  '385=InvalidReceiverCannotBeMore3;386=InvalidStartDate;387=InvalidEndDate;388=ActiveAsyncReportWaitTillDone;389=AsyncReportRequestNotFound;' +
  '390=AsyncReportRequestNoFilePassword;391=PayWatchMinInvalid;392=AlreadyExistData;393=ExternalIdMustBeFilled;394=ExternalIdMustBeLessTenChar;' +
  '395=AsyncReportRequestNotSupportStorageFile;396=AsyncReportRequestMustHasAFeature;397=PartnerNotFound;398=PartnerPermissionNotFound;' +
  '399=PartnerRelationAlreadyExists;400=BadRequest;401=Unauthorized;403=Forbidden;404=NotFound;500=InternalException;501=NotImplemented;' +
  '502=BadRequestNetwork;503=ServiceUnavailable;504=GatewayTimeout;505=PartnerRelationNotFound;506=PartnerRelationPermissionNotFound;' +
  '507=PartnerRelationCannotBeSameMerchant;508=RSAEncryptionAlreadyExists;509=RSAEncryptionPublicKeyInvalid;510=RSAEncryptionNotFound;' +
  '511=RSAEncryptionHasDeleteProtection;512=CardWallIPReached;513=InvalidIp;514=CardWallIPAlreadyExists;515=CardWallIPNotFound;' +
  '516=CardWallIPHasChangeProtection;517=AsyncReportRequestNotByAdmin;518=InvalidInvoiceFixFee;519=NoInvoiceFixFee;520=InvoiceSettingsNotFound;' +
  '521=InvoiceSettingsConfigInvalid;522=InvoiceSettingsIsInvalid;523=PayWallProductIsNotInvoiceScope;524=MerchantCommissionAlreadyExists;' +
  '525=MerchantCommissionNotFound;526=MerchantCommissionTierAlreadyExists;527=MerchantCommissionTierNotFound;' +
  '528=MerchantCommissionTierDetailAlreadyExists;529=MerchantCommissionTierDetailNotFound;530=PayWallProductNotFound;531=RouteTableExists;' +
  '532=RouteTableNotFound;533=RouteTableInUse;534=PayRouteConnectedToRouteTable;535=RouteTableDetailAlreadyExists;' +
  '536=RouteTableDetailToCannotContainsAllAndSingle;537=RouteTableDetailNotFound;538=RouteTableMustHasAllCurrencies;539=RouteTableLimitReached;' +
  '540=InvalidFocusedFeature;541=VPosRuleNotConfigured;542=VPosRule;543=VPosRuleLocked;544=BalanceNotEnough;545=MarketPlaceCostTypeInvalid;' +
  '546=MarketPlaceInvalidStandardCost;547=MarketPlaceInvalidMaximumCost;548=MarketPlaceMaximumCostApplyCannotTrue;549=MarketPlaceCostReductionTypeInvalid;' +
  '550=MarketPlaceManualTriggerLimit;551=MarketPlaceManualTriggerCannotActiveForThisConfig;552=InvalidConfiguration;';

let common: Map<number, string> | undefined;

/** (b) The common numbering of the official .NET SDK (`ErrorCodes` enum): code → enum name. */
export function payWallCommonErrorCodes(): ReadonlyMap<number, string> {
  if (!common) {
    common = new Map();
    for (const pair of COMMON_PACKED.split(';')) {
      const i = pair.indexOf('=');
      if (i > 0) common.set(Number(pair.slice(0, i)), pair.slice(i + 1));
    }
  }
  return common;
}

/** Which numbering an answer is read with first. */
export type PayWallErrorTable = 'payment' | 'common';

/** Both readings of a PayWall `ErrorCode`. */
export interface PayWallErrorCodeInfo {
  /** PayWall's `ErrorCode`. */
  code: number;
  /** Meaning in the Payment API list (a), when the code is listed there. */
  paymentMeaning: string | undefined;
  /** Enum name in the common list (b), when the code is listed there. */
  commonName: string | undefined;
  /** The reading picked for this host (see the module note), or `unknown`. */
  name: string;
}

/** Looks a code up in both tables; `preferred` says which one names it. */
export function describePayWallErrorCode(code: number, preferred: PayWallErrorTable = 'payment'): PayWallErrorCodeInfo {
  const paymentMeaning = PAYWALL_PAYMENT_ERROR_CODES[code];
  const commonName = payWallCommonErrorCodes().get(code);
  const name = (preferred === 'payment' ? (paymentMeaning ?? commonName) : (commonName ?? paymentMeaning)) ?? 'unknown';
  return { code, paymentMeaning, commonName, name };
}
