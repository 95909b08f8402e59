// The shop's products. Prices are TL decimals as text: exact, and what ÖderoPay takes.

export interface Product {
  slug: string;
  name: string;
  description: string;
  /** TL, exact to the kuruş. */
  price: string;
  /** A short line under the name. */
  tagline: string;
}

export const PRODUCTS: readonly Product[] = [
  {
    slug: 'caydanlik',
    name: 'Çelik Çaydanlık',
    tagline: 'İki katlı, 2,4 litre',
    description: 'Paslanmaz çelik, her ocakta kullanılabilir. Demliği porselen, kulpu ısınmaz.',
    price: '1249.90',
  },
  {
    slug: 'ince-belli',
    name: 'İnce Belli Bardak (6 adet)',
    tagline: 'El yapımı cam',
    description: 'Altı bardak ve altı tabak. Bulaşık makinesinde yıkanabilir.',
    price: '389.50',
  },
];

export const productBySlug = (slug: string | null | undefined) => PRODUCTS.find((p) => p.slug === slug);
