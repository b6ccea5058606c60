// Scorecard checker: progressive enhancement for the upload page.
// Without JavaScript the form posts to /rate and the server renders the results page, whose
// download link carries the rated workbook as a data: link.
// With it: GOV.UK Frontend's components (drag-and-drop file upload, error summary focus); the
// upload is sent in the background with a progress indicator, retried once when the service says
// it is busy, and the results are shown in place (a refresh shows the empty form, never resends
// the file); the download link becomes a file in the browser, since some browsers refuse long
// data: links. The service keeps nothing: the rated workbook is only in this page.
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}
initAll()
enhance(document)
offerDownload(document)

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
      show(page)
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
// place of this one. The address stays that of the upload page, so a refresh starts afresh.
function show (page) {
  const fresh = document.adoptNode(page.querySelector('main'))
  document.querySelector('main').replaceWith(fresh)
  document.title = page.title
  initAll({ scope: fresh }) // the error summary takes focus as it starts
  enhance(fresh)
  offerDownload(fresh)
  const summary = fresh.querySelector('.govuk-error-summary')
  if (!summary) {
    const heading = fresh.querySelector('h1')
    heading.setAttribute('tabindex', '-1')
    heading.focus()
  }
}

// Turns the download link's data: address into a file made in the browser (a blob: address):
// the same bytes, but without the length limit some browsers put on data: links.
function offerDownload (scope) {
  const link = scope.querySelector('a#download[href^="data:"]')
  if (!link || !window.Blob || !window.URL || !URL.createObjectURL) return
  const href = link.getAttribute('href')
  const comma = href.indexOf(',')
  const type = href.slice(5, href.indexOf(';'))
  const text = atob(href.slice(comma + 1))
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  link.setAttribute('href', URL.createObjectURL(new Blob([bytes], { type })))
}
