/** The currencies offered for prices (ISO 4217); the API takes any code. */
export const CURRENCIES = ["EUR", "USD", "GBP", "NGN", "CAD", "AUD", "CHF"];
