// Toggle the table of contents on small screens.
const toggle = document.querySelector('#toc-toggle');
let open = false;

function setOpen(value) {
  open = value;
  toggle.setAttribute('aria-expanded', String(open));
  document.body.classList.toggle('toc-open', open);
}

toggle.addEventListener('click', () => setOpen(!open));
export default { setOpen, delay: 250 };
