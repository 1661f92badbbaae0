/*
 * <gl-math>: renders its `latex` property with KaTeX, inline or in display mode (`display` property).
 * KaTeX runs with trust off and limits on size and macro expansion, so text from the server cannot
 * inject links, HTML or runaway macros; an invalid formula is shown as its source in the error colour.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';

class GlMath extends HTMLElement {
  static get observedAttributes() {
    return ['latex', 'display'];
  }

  constructor() {
    super();
    this._latex = '';
    this._display = false;
  }

  connectedCallback() {
    // Flow may set properties before this class is defined; re-apply them through the setters.
    for (const property of ['latex', 'display']) {
      if (Object.prototype.hasOwnProperty.call(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    this._render();
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'latex') {
      this.latex = value ?? '';
    } else {
      this.display = value !== null && value !== 'false';
    }
  }

  get latex() {
    return this._latex;
  }

  set latex(value) {
    this._latex = value ?? '';
    this._render();
  }

  get display() {
    return this._display;
  }

  set display(value) {
    this._display = Boolean(value);
    this._render();
  }

  _render() {
    if (!this.isConnected) {
      return;
    }
    katex.render(this._latex, this, {
      displayMode: this._display,
      throwOnError: false,
      errorColor: 'var(--lumo-error-text-color, #c00)',
      trust: false,
      strict: 'ignore',
      maxSize: 20,
      maxExpand: 200,
      output: 'htmlAndMathml',
    });
  }
}

if (!customElements.get('gl-math')) {
  customElements.define('gl-math', GlMath);
}
