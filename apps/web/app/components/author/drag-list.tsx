import { type ReactNode, useState } from 'react';
import { useFetcher } from 'react-router';

/**
 * Drag-and-drop reordering as an enhancement: with a mouse an item is dropped onto another place
 * and the same move the arrow buttons make is submitted. Keyboard and screen-reader users use the
 * buttons; without JavaScript nothing here is needed.
 */
export function DragList<T extends { key: string }>({ items, intent, extra = {}, render, className }: { items: T[]; intent: string; extra?: Record<string, string>; render: (item: T, index: number) => ReactNode; className?: string }) {
  const fetcher = useFetcher();
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<number | null>(null);
  return (
    <ul className={className}>
      {items.map((item, index) => (
        <li
          key={item.key}
          draggable
          onDragStart={(e) => {
            setDragged(item.key);
            e.dataTransfer.effectAllowed = 'move';
          }}
          onDragOver={(e) => {
            if (dragged === null) return;
            e.preventDefault();
            setOver(index);
          }}
          onDragLeave={() => setOver((o) => (o === index ? null : o))}
          onDrop={(e) => {
            e.preventDefault();
            if (dragged && dragged !== item.key) void fetcher.submit({ intent, key: dragged, to: String(index), ...extra }, { method: 'post' });
            setDragged(null);
            setOver(null);
          }}
          onDragEnd={() => {
            setDragged(null);
            setOver(null);
          }}
          className={`${over === index ? 'outline-2 outline-dashed outline-accent' : ''} ${dragged === item.key ? 'opacity-50' : ''}`}
        >
          {render(item, index)}
        </li>
      ))}
    </ul>
  );
}
