// Scorecard checker: progressive enhancement for the upload page.
// Without JavaScript the form posts to /rate and the server renders the results page.
// With it: GOV.UK Frontend's components (drag-and-drop file upload, error summary focus),
// and the upload is sent in the background with a progress indicator.
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}
initAll()
enhance(document)

function enhance (scope) {
  const form = scope.querySelector('#upload-form')
  if (!form || !window.FormData || !window.XMLHttpRequest) return
  form.addEventListener('submit', function (event) {
    event.preventDefault()
    send(form)
  })
}

function send (form) {
  const button = form.querySelector('button[type="submit"]')
  const panel = form.querySelector('#upload-progress')
  const bar = form.querySelector('#upload-progress-bar')
  const text = form.querySelector('#upload-progress-text')
  const say = function (words) { text.textContent = words }

  button.disabled = true
  button.setAttribute('aria-disabled', 'true')
  panel.hidden = false
  bar.value = 0
  say('Uploading your workbook: 0%')

  const xhr = new XMLHttpRequest()
  xhr.open('POST', form.action)
  xhr.responseType = 'document'
  xhr.upload.addEventListener('progress', function (event) {
    if (!event.lengthComputable) return
    const percent = Math.round((event.loaded * 100) / event.total)
    bar.value = percent
    say('Uploading your workbook: ' + percent + '%')
  })
  xhr.upload.addEventListener('load', function () {
    bar.removeAttribute('value') // indeterminate while the server checks it
    say('Uploaded. Checking your workbook: this can take up to a minute.')
  })
  xhr.addEventListener('load', function () {
    const page = xhr.response
    const results = page && page.querySelector('[data-results]')
    if (xhr.status === 200 && results) {
      window.location.assign(results.getAttribute('data-results'))
    } else if (page && page.querySelector('main')) {
      show(page)
    } else {
      failed()
    }
  })
  xhr.addEventListener('error', failed)
  xhr.addEventListener('abort', failed)
  xhr.send(new FormData(form))

  function failed () {
    button.disabled = false
    button.removeAttribute('aria-disabled')
    bar.value = 0
    say('The upload did not finish. Check your connection and try again.')
  }
}

// Shows a page the server sent back (the upload page with an error summary) in place of this one.
function show (page) {
  const fresh = document.adoptNode(page.querySelector('main'))
  document.querySelector('main').replaceWith(fresh)
  document.title = page.title
  initAll({ scope: fresh }) // the error summary takes focus as it starts
  enhance(fresh)
  const summary = fresh.querySelector('.govuk-error-summary')
  if (!summary) {
    const heading = fresh.querySelector('h1')
    heading.setAttribute('tabindex', '-1')
    heading.focus()
  }
}
