import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract';
import { page } from '../../helpers/load-fixture';

const texts = (body: string) => extractPage(page(`<main>${body}</main>`)).tasks.map((t) => t.text);

describe('checklists', () => {
  it('are actions in an action section, whatever they name', () => {
    expect(texts('<h2>To do</h2><ul><li><input type="checkbox"> Book the room</li></ul>')).toEqual(['Book the room']);
  });

  it('are not actions elsewhere, unless an item names an owner or a due date', () => {
    expect(
      texts(
        '<h2>Agenda</h2><ul><li><input type="checkbox" checked> Budget</li><li><input type="checkbox"> Ana to present the budget</li><li><input type="checkbox"> Hiring plan by 2024-05-01</li></ul>',
      ),
    ).toEqual(['Ana to present the budget', 'Hiring plan']);
  });

  it('are never actions under an attendee heading', () => {
    expect(texts('<h2>Attendees</h2><ul><li><input type="checkbox" checked> Ana Lima to chair</li></ul>')).toEqual([]);
  });

  it('leave the page’s own controls alone: a hidden or role=button checkbox', () => {
    expect(
      texts(
        '<h2>Action items</h2><div><input type="checkbox" role="button" id="toggle" style="display:none"><h3>Contents</h3></div><p><input type="checkbox" hidden> Show details</p>',
      ),
    ).toEqual([]);
  });

  it('read GitLab’s task list, whose box follows an empty <task-button>', () => {
    const doc = page(
      '<main><h2>Action items</h2><ul class="task-list"><li class="task-list-item"><task-button></task-button><input type="checkbox" class="task-list-item-checkbox" checked disabled> Tag the release</li></ul></main>',
    );
    expect(extractPage(doc).tasks.map((t) => [t.text, t.status])).toEqual([['Tag the release', 'done']]);
  });

  it('read glyph lines captioned as actions earlier in the same paragraph', () => {
    expect(texts('<h2>Notes</h2><p>Actions:<br>☐ Book the room<br>☑ Order the pizza</p>')).toEqual([
      'Book the room',
      'Order the pizza',
    ]);
  });

  it('take struck-through text as done', () => {
    const doc = page(
      '<main><h2>Action items</h2><ul><li><input type="checkbox"> <s>Book the room</s></li></ul></main>',
    );
    expect(extractPage(doc).tasks[0]).toMatchObject({ text: 'Book the room', status: 'done' });
  });
});
