import ky from 'ky';
export const construct = () => ky.create({});
export const pay = (url, headers, body) => ky.post(url, { headers, body }).json();
