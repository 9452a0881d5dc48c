export function App(props: { name: string }) {
  return (
    <div className="x">
      <b>{props.name}</b>
    </div>
  );
}
