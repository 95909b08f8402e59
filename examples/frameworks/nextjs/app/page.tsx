export default function Home() {
  return (
    <main>
      <h1>odeme · Next.js</h1>
      <p>POST /api/payments charges a card; POST /api/3ds starts a 3-D Secure payment; the bank posts back to /api/3ds/callback.</p>
    </main>
  );
}
