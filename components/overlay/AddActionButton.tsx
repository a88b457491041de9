// The small "Add action" button that appears beside selected text (Hypothesis's Adder). Props in, callbacks out.

export interface AddActionButtonProps {
  /** The user wants an action made from the selection: open the form. */
  onAdd: () => void;
  /** Escape: put the button away. */
  onClose: () => void;
}

export function AddActionButton({ onAdd, onClose }: AddActionButtonProps) {
  return (
    <div class="agendum-ui adder">
      <button
        type="button"
        class="primary"
        title="Make an Agendum action from the selected text"
        onClick={onAdd}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        + Add action
      </button>
    </div>
  );
}
