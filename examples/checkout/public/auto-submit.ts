// Sends the provider's 3-D Secure form on: a same-origin script, so the shop's strict policy allows it (an inline
// script inside the provider's HTML would be blocked). The form's own button stays for browsers without scripts.
document.querySelector<HTMLFormElement>('.provider-html form')?.submit();
