/**
 * The netweave blocks in the editor: plain JavaScript on WordPress's globals (no build step).
 * Each block is dynamic (saved as attributes only; the server renders the page), shows a
 * placeholder here and a sidebar with the session and the widget's options. The fields, their
 * labels in the site's language and the default session come from PHP (window.netweaveBlocks).
 */
(function (wp, data) {
  'use strict';
  if (!wp || !wp.blocks || !data) return;
  var el = wp.element.createElement;
  var blockEditor = wp.blockEditor;
  var c = wp.components;
  var text = data.text;

  function sprintf(format, value) {
    return format.replace('%s', value);
  }

  function field(f, attributes, setAttributes) {
    var value = attributes[f.key];
    var set = function (next) {
      var change = {};
      change[f.key] = next;
      setAttributes(change);
    };
    if (f.type === 'bool') {
      return el(c.ToggleControl, { key: f.key, label: f.label, checked: !!value, onChange: set });
    }
    if (f.type === 'enum') {
      var options = [{ value: '', label: text.default }].concat(f.options);
      return el(c.SelectControl, {
        key: f.key,
        label: f.label,
        value: value || '',
        options: options,
        onChange: set,
      });
    }
    if (f.type === 'int') {
      return el(c.TextControl, {
        key: f.key,
        label: f.label,
        type: 'number',
        min: f.min,
        max: f.max,
        value: value === undefined || value === null ? '' : String(value),
        onChange: set,
      });
    }
    if (f.type === 'columns') {
      return el(c.TextareaControl, { key: f.key, label: f.label, value: value || '', onChange: set });
    }
    return el(c.TextControl, { key: f.key, label: f.label, value: value || '', onChange: set });
  }

  Object.keys(data.widgets).forEach(function (name) {
    var widget = data.widgets[name];
    wp.blocks.registerBlockType('netweave/' + name, {
      edit: function (props) {
        var attributes = props.attributes;
        var session = attributes.session || data.defaultSession;
        var blockProps = blockEditor.useBlockProps();
        var status = !data.hasCollector
          ? text.noCollector
          : session
            ? sprintf(text.sessionShown, session)
            : text.noSession;
        return el(
          'div',
          blockProps,
          el(
            blockEditor.InspectorControls,
            null,
            el(
              c.PanelBody,
              { title: text.settings, initialOpen: true },
              el(c.TextControl, {
                label: text.session,
                help: text.sessionHelp,
                value: attributes.session || '',
                placeholder: data.defaultSession,
                onChange: function (next) {
                  props.setAttributes({ session: next });
                },
              }),
            ),
            el(
              c.PanelBody,
              { title: text.options, initialOpen: true },
              widget.fields.map(function (f) {
                return field(f, attributes, props.setAttributes);
              }),
            ),
          ),
          el(
            c.Placeholder,
            { icon: 'groups', label: widget.title, instructions: text.preview },
            el('p', { className: 'netweave-block-status' }, status),
          ),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.netweaveBlocks);
