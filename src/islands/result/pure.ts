/**
 * A component that re-renders only when one of its props changed (compared with ===): what
 * preact/compat's `memo` does, without pulling compat into the page. A what-if change then
 * re-renders the one question and the chips that changed, not every control and chip.
 * The render may use hooks: a hook's own state change still re-renders it (Preact's hooks
 * let a component update through a shouldComponentUpdate that says no; a seat's "opened").
 */
import { Component, type ComponentChild } from 'preact';

export function pure<P extends object>(render: (props: P) => ComponentChild) {
  return class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const before = this.props as Record<string, unknown>;
      const after = next as Record<string, unknown>;
      const keys = Object.keys(after);
      return keys.length !== Object.keys(before).length || keys.some((key) => after[key] !== before[key]);
    }
    override render(props: P) {
      return render(props);
    }
  };
}
