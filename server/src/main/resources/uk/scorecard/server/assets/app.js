// Scorecard checker: progressive enhancement for the upload page.
// Without JavaScript the form posts to /rate and the server redirects to the results' own address
// (post/redirect/get), so a refresh never resends the file.
// With it: GOV.UK Frontend's components (drag-and-drop file upload, error summary focus); the
// upload is sent in the background with a progress indicator, retried once when the service says
// it is busy, and the results (the request follows the same redirect) are shown in place, the
// address becoming the results' so a refresh or a filter link works as without a script.
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

function send (form, retried) {
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
    const wait = parseInt(xhr.getResponseHeader('Retry-After'), 10)
    if (xhr.status === 503 && !retried && wait > 0 && wait <= 60) {
      bar.value = 0
      say('The service is busy. Trying again in ' + wait + (wait === 1 ? ' second.' : ' seconds.'))
      window.setTimeout(function () { send(form, true) }, wait * 1000)
    } else if (xhr.status === 503) {
      stop('The service is busy, try again in a minute.')
    } else if (page && page.querySelector('main')) {
      show(page, xhr.responseURL)
    } else {
      stop('The upload did not finish. Check your connection and try again.')
    }
  })
  xhr.addEventListener('error', function () {
    stop('The upload did not finish. Check your connection and try again.')
  })
  xhr.addEventListener('abort', function () {
    stop('The upload did not finish. Check your connection and try again.')
  })
  xhr.send(new FormData(form))

  function stop (words) {
    button.disabled = false
    button.removeAttribute('aria-disabled')
    bar.value = 0
    say(words)
  }
}

// Shows a page the server sent back (the results, or the upload page with an error summary) in
// place of this one. The results' address replaces the upload page's in the history, so a refresh
// shows them again and sends nothing; after an error the address stays the upload page's.
function show (page, address) {
  if (address && new URL(address).pathname.indexOf('/results/') === 0) {
    window.history.replaceState(null, '', address)
  }
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
