// Input at the HTTP boundary (issue 14): size, media type, JSON, text, forged forms.
export const boundaryEn = {
  'payload-too-large': 'The request is too large: at most {limit} KB are accepted here. Nothing was changed.',
  'unsupported-media-type': 'This address accepts {expected} only. Nothing was changed.',
  'invalid-json-body': 'The request body is not valid JSON. Nothing was changed.',
  'invalid-text':
    'The field {field} contains characters that are not allowed: control characters, invisible or text-direction characters, or a broken encoding.',
  'text.invisible':
    'Remove the invisible or text-direction characters: they are often copied along with text from another document.',
  'csrf-rejected':
    'This form was not accepted because it did not come from this site’s own page. Open the page again and send the form from there.',
};
