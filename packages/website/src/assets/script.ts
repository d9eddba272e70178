/**
 * The site's only script, served as `assets/site.js` (no inline script: the pages run under a
 * strict CSP). Everything it shows is already on the page without it; it only adds the address
 * search on the region page and the map on a municipality page. It asks PDOK only when the
 * resident searches or opens the map. Data from PDOK is hostile: it goes in as text, never HTML.
 *
 * Kept as plain JavaScript in a string so that it ships byte for byte as written, in every build.
 */
export const SITE_SCRIPT = String.raw`(function () {
  'use strict'

  // Walking-time estimate, said on the page: 4.5 km/h (75 m a minute) along a route 1.3 times
  // the straight line. Both are assumptions, not measured routes.
  var METRES_PER_MINUTE = 75
  var DETOUR = 1.3
  var MAX_RESULTS = 5

  function el(tag, text, className) {
    var node = document.createElement(tag)
    if (text !== undefined) node.textContent = text
    if (className) node.className = className
    return node
  }

  function fill(text, values) {
    return text.replace(/\{([a-z]+)\}/gi, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole
    })
  }

  function distanceMetres(a, b) {
    var R = 6371008.8
    var rad = Math.PI / 180
    var dLat = (b.lat - a.lat) * rad
    var dLon = (b.lon - a.lon) * rad
    var h =
      Math.sin(dLat / 2) * Math.sin(dLat / 2) +
      Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) * Math.sin(dLon / 2)
    return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)))
  }

  // ---- Address search (region page) ----

  function setupSearch(section) {
    var form = section.querySelector('form')
    var input = section.querySelector('input')
    var results = section.querySelector('[data-results]')
    var lang = section.getAttribute('data-lang') || 'nl'
    var text = function (key) {
      return section.getAttribute('data-text-' + key) || ''
    }
    var points = null
    section.hidden = false

    function places() {
      var list = []
      var items = document.querySelectorAll('[data-municipalities] li')
      for (var i = 0; i < items.length; i++) {
        var link = items[i].querySelector('a')
        var names = (items[i].getAttribute('data-places') || '').split('|')
        for (var j = 0; j < names.length; j++) {
          if (names[j]) list.push({ name: names[j], href: link.getAttribute('href'), municipality: link.textContent })
        }
      }
      return list
    }

    function showMessage(message) {
      results.replaceChildren(el('p', message))
    }

    function showPlaces(query, message, none) {
      var q = query.toLowerCase()
      var matches = places().filter(function (p) {
        var name = p.name.toLowerCase()
        return q.indexOf(name) !== -1 || name.indexOf(q) !== -1
      })
      if (matches.length === 0) {
        showMessage(none)
        return
      }
      var list = el('ul')
      matches.forEach(function (p) {
        var item = el('li')
        var link = el('a', p.name === p.municipality ? p.name : p.name + ' (' + p.municipality + ')')
        link.href = p.href
        item.append(link)
        list.append(item)
      })
      results.replaceChildren(el('p', message), list)
    }

    function loadPoints() {
      if (points) return Promise.resolve(points)
      return fetch(section.getAttribute('data-geojson'))
        .then(function (r) {
          if (!r.ok) throw new Error('points ' + r.status)
          return r.json()
        })
        .then(function (data) {
          points = data.features.map(function (f) {
            return {
              name: f.properties.name,
              address: f.properties.address,
              municipality: f.properties.municipality,
              municipalityName: f.properties.municipalityName,
              lon: f.geometry.coordinates[0],
              lat: f.geometry.coordinates[1],
            }
          })
          return points
        })
    }

    function lookUp(query) {
      var url =
        section.getAttribute('data-locatieserver') +
        '?rows=1&fl=weergavenaam,centroide_ll&fq=' +
        encodeURIComponent('type:(adres OR postcode OR woonplaats OR weg)') +
        '&q=' +
        encodeURIComponent(query)
      return fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' })
        .then(function (r) {
          if (!r.ok) throw new Error('locatieserver ' + r.status)
          return r.json()
        })
        .then(function (data) {
          var doc = data && data.response && data.response.docs && data.response.docs[0]
          if (!doc || typeof doc.centroide_ll !== 'string') return null
          var m = /^POINT\((-?[\d.]+) (-?[\d.]+)\)$/.exec(doc.centroide_ll)
          if (!m) return null
          var found = { name: String(doc.weergavenaam || query), lon: Number(m[1]), lat: Number(m[2]) }
          return isFinite(found.lat) && isFinite(found.lon) ? found : null
        })
    }

    function formatDistance(metres) {
      if (metres < 1000) {
        return fill(text('distance'), { meters: (Math.round(metres / 10) * 10).toLocaleString(lang) })
      }
      return fill(text('distancekm'), {
        km: (Math.round(metres / 100) / 10).toLocaleString(lang, { minimumFractionDigits: 1 }),
      })
    }

    function showNearest(place, all) {
      var nearest = all
        .map(function (p) {
          return { point: p, metres: distanceMetres(place, p) }
        })
        .sort(function (a, b) {
          return a.metres - b.metres
        })
        .slice(0, MAX_RESULTS)
      var heading = el('h3', fill(text('resultsheading'), { address: place.name }))
      var list = el('ol')
      nearest.forEach(function (n) {
        var item = el('li')
        item.append(el('strong', n.point.name))
        if (n.point.address) {
          item.append(el('br'), el('span', n.point.address, 'address'))
        }
        var minutes = Math.max(1, Math.round((n.metres * DETOUR) / METRES_PER_MINUTE))
        item.append(
          el('br'),
          el('span', formatDistance(n.metres) + ' · ' + fill(text('walking'), { minutes: minutes })),
          el('br'),
        )
        var link = el('a', fill(text('morepoints'), { municipality: n.point.municipalityName }))
        link.href = 'gemeente/' + n.point.municipality + '.html'
        item.append(link)
        list.append(item)
      })
      results.replaceChildren(heading, list, el('p', text('explanation'), 'hint'))
      heading.tabIndex = -1
      heading.focus()
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var query = input.value.trim()
      if (!query) return
      showMessage(text('searching'))
      if (navigator.onLine === false) {
        showPlaces(query, text('offline'), text('offlinenone'))
        return
      }
      lookUp(query)
        .then(function (place) {
          if (!place) {
            showPlaces(query, text('notfound'), text('notfound'))
            return
          }
          return loadPoints().then(function (all) {
            showNearest(place, all)
          })
        })
        .catch(function () {
          showPlaces(query, text('offline'), text('offlinenone'))
        })
    })
  }

  // ---- Map (municipality page): PDOK tiles, loaded only when asked for ----

  var TILE = 256

  function project(lat, lon, zoom) {
    var scale = TILE * Math.pow(2, zoom)
    var sin = Math.sin((lat * Math.PI) / 180)
    return {
      x: ((lon + 180) / 360) * scale,
      y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
    }
  }

  function setupMap(area) {
    var button = area.querySelector('.map-button')
    var items = document.querySelectorAll('.points li[data-lat]')
    var points = []
    for (var i = 0; i < items.length; i++) {
      points.push({
        lat: Number(items[i].getAttribute('data-lat')),
        lon: Number(items[i].getAttribute('data-lon')),
        number: i + 1,
      })
    }
    if (points.length === 0) return
    area.hidden = false
    var map = null
    var zoom = null

    function fitZoom(width, height) {
      for (var z = 17; z > 5; z--) {
        var xs = points.map(function (p) { return project(p.lat, p.lon, z).x })
        var ys = points.map(function (p) { return project(p.lat, p.lon, z).y })
        if (Math.max.apply(null, xs) - Math.min.apply(null, xs) < width - 60 &&
            Math.max.apply(null, ys) - Math.min.apply(null, ys) < height - 60) return z
      }
      return 6
    }

    function draw() {
      var width = map.clientWidth
      var height = map.clientHeight
      var projected = points.map(function (p) { return project(p.lat, p.lon, zoom) })
      var xs = projected.map(function (p) { return p.x })
      var ys = projected.map(function (p) { return p.y })
      var left = (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2 - width / 2
      var top = (Math.min.apply(null, ys) + Math.max.apply(null, ys)) / 2 - height / 2
      var nodes = []
      var max = Math.pow(2, zoom)
      var template = area.getAttribute('data-tiles')
      for (var tx = Math.floor(left / TILE); tx <= Math.floor((left + width) / TILE); tx++) {
        for (var ty = Math.floor(top / TILE); ty <= Math.floor((top + height) / TILE); ty++) {
          if (tx < 0 || ty < 0 || tx >= max || ty >= max) continue
          var img = el('img')
          img.alt = ''
          img.referrerPolicy = 'no-referrer'
          img.src = template.replace('{z}', zoom).replace('{x}', tx).replace('{y}', ty)
          img.style.left = tx * TILE - left + 'px'
          img.style.top = ty * TILE - top + 'px'
          nodes.push(img)
        }
      }
      projected.forEach(function (p, i) {
        var marker = el('span', String(points[i].number), 'marker')
        marker.style.left = p.x - left + 'px'
        marker.style.top = p.y - top + 'px'
        nodes.push(marker)
      })
      map.replaceChildren.apply(map, nodes)
    }

    button.addEventListener('click', function () {
      if (map) {
        var open = map.parentNode.hidden
        map.parentNode.hidden = !open
        button.setAttribute('aria-expanded', String(open))
        return
      }
      var wrapper = el('div')
      map = el('div', undefined, 'map')
      map.setAttribute('role', 'img')
      map.setAttribute('aria-label', area.getAttribute('data-label'))
      var tools = el('div', undefined, 'map-tools')
      var zoomIn = el('button', '+')
      zoomIn.type = 'button'
      zoomIn.setAttribute('aria-label', area.getAttribute('data-zoom-in'))
      var zoomOut = el('button', '−')
      zoomOut.type = 'button'
      zoomOut.setAttribute('aria-label', area.getAttribute('data-zoom-out'))
      zoomIn.addEventListener('click', function () {
        if (zoom < 18) { zoom++; draw() }
      })
      zoomOut.addEventListener('click', function () {
        if (zoom > 6) { zoom--; draw() }
      })
      tools.append(zoomIn, zoomOut, el('p', area.getAttribute('data-attribution'), 'attribution'))
      wrapper.append(map, tools)
      area.append(wrapper)
      zoom = fitZoom(map.clientWidth, map.clientHeight)
      draw()
      button.setAttribute('aria-expanded', 'true')
      window.addEventListener('resize', function () {
        if (!wrapper.hidden) draw()
      })
    })
  }

  var search = document.querySelector('[data-search]')
  if (search) setupSearch(search)
  var map = document.querySelector('[data-map]')
  if (map) setupMap(map)
})()
`
